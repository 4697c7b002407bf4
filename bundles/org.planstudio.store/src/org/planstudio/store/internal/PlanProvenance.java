package org.planstudio.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planstudio.model.plan.Plan;

/**
 * Where an exported {@code .plan} file came from, written as an XML processing instruction right
 * after the XML declaration: {@code <?planstudio-export plan="…" revision="3" digest="sha256:…"?>}.
 * XML readers (EMF's among them) skip processing instructions, so the file stays a plain plan for
 * every other tool; plan.ecore does not change. The digest is of the exported revision's content,
 * so an import can tell whether the database's revision is the one the file was made from.
 */
final class PlanProvenance {

    record Base(String planId, int revision, String digest) {
        Base {
            Objects.requireNonNull(planId, "planId");
            Objects.requireNonNull(digest, "digest");
        }
    }

    private static final String TARGET = "planstudio-export";
    private static final Pattern INSTRUCTION = Pattern.compile("<\\?" + TARGET
            + "\\s+plan=\"([^\"]*)\"\\s+revision=\"(\\d{1,9})\"\\s+digest=\"(sha256:[0-9a-f]{64})\"\\s*\\?>");
    /** The instruction sits in the prolog; no need to read a large file to its end. */
    private static final int HEAD = 16 * 1024;

    private PlanProvenance() {
    }

    static byte[] stamp(byte[] xmi, String planId, int revision) {
        String text = new String(xmi, StandardCharsets.UTF_8);
        String instruction = "<?" + TARGET + " plan=\"" + escape(planId) + "\" revision=\"" + revision
                + "\" digest=\"" + digest(xmi) + "\"?>";
        int declarationEnd = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
        String stamped = text.substring(0, declarationEnd) + (declarationEnd > 0 ? "\n" : "") + instruction
                + (declarationEnd > 0 ? "" : "\n") + text.substring(declarationEnd);
        return stamped.getBytes(StandardCharsets.UTF_8);
    }

    static Optional<Base> read(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        Matcher matcher = INSTRUCTION.matcher(new String(head, StandardCharsets.UTF_8));
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new Base(unescape(matcher.group(1)), Integer.parseInt(matcher.group(2)), matcher.group(3)));
    }

    static String digest(Plan plan) {
        return digest(PlanXmi.toBytes(plan));
    }

    private static String digest(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace("?>", "?&gt;");
    }

    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
