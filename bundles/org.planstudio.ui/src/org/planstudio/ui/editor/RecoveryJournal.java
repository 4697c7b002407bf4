package org.planstudio.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.io.PlanFormatException;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;

/**
 * Unsaved edits, written beside the workspace while an editor is dirty, so that a crash or a
 * killed process loses at most the last second of typing. One file per plan, named after the
 * plan id and the revision the edits started from ({@code <id>@<revision>.plan}), replaced
 * atomically so a crash while writing leaves the previous copy.
 */
final class RecoveryJournal {

    record Recovered(Plan plan, int baseRevision, Instant writtenAt) {
    }

    private static final String SUFFIX = ".plan";

    private final Path folder;

    RecoveryJournal(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    Path folder() {
        return folder;
    }

    void write(Plan plan, int baseRevision) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(encode(plan.getId()) + "@" + baseRevision + SUFFIX);
        Path temp = Files.createTempFile(folder, "journal", ".tmp");
        try {
            Files.write(temp, PlanResources.toBytes(plan));
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        deleteOthers(plan.getId(), target);
    }

    /** The journal of a plan; a journal that cannot be read is removed and reported as absent. */
    Optional<Recovered> read(String planId) throws IOException {
        for (Path file : files(planId)) {
            String name = file.getFileName().toString();
            int revision = Integer.parseInt(name.substring(name.lastIndexOf('@') + 1, name.length() - SUFFIX.length()));
            try {
                Plan plan = PlanResources.read(new ByteArrayInputStream(Files.readAllBytes(file)), file.toString());
                return Optional.of(new Recovered(plan, revision, Files.getLastModifiedTime(file).toInstant()));
            } catch (PlanFormatException | RuntimeException e) {
                Files.deleteIfExists(file);
            }
        }
        return Optional.empty();
    }

    void discard(String planId) throws IOException {
        for (Path file : files(planId)) {
            Files.deleteIfExists(file);
        }
    }

    private void deleteOthers(String planId, Path keep) throws IOException {
        for (Path file : files(planId)) {
            if (!file.equals(keep)) {
                Files.deleteIfExists(file);
            }
        }
    }

    private List<Path> files(String planId) throws IOException {
        List<Path> result = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return result;
        }
        String prefix = encode(planId) + "@";
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, prefix + "*" + SUFFIX)) {
            for (Path file : stream) {
                String middle = file.getFileName().toString().substring(prefix.length());
                if (middle.matches("\\d+\\.plan") && decodeMatches(file, planId)) {
                    result.add(file);
                }
            }
        }
        return result;
    }

    private static boolean decodeMatches(Path file, String planId) {
        String name = file.getFileName().toString();
        return URLDecoder.decode(name.substring(0, name.lastIndexOf('@')), StandardCharsets.UTF_8).equals(planId);
    }

    private static String encode(String planId) {
        // Ids are free text; '*' and '@' are escaped too so that globbing and parsing stay exact.
        return URLEncoder.encode(planId, StandardCharsets.UTF_8).replace("*", "%2A").replace("@", "%40");
    }
}
