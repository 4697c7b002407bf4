package org.planstudio.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A file chosen as evidence, read and checked but not yet in the plan: the dialog holds these
 * until the update is saved, so Cancel leaves the plan as it was.
 */
public record AttachmentFile(String name, String mediaType, byte[] content) {

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ofd", "application/ofd"), Map.entry("txt", "text/plain"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("zip", "application/zip"));

    public AttachmentFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    /**
     * Reads {@code file}, refusing an empty one or one over the limit; the size is checked before
     * reading, so a 2 GB file chosen by mistake is refused without loading it.
     */
    public static AttachmentFile read(Path file) throws Refusal, IOException {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new Refusal("refusal.attachmentUnreadable", name);
        }
        long size = Files.size(file);
        check(name, size);
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            // The file may grow between the size check and the read: never read past the limit.
            content = in.readNBytes(SupervisionCommands.MAX_ATTACHMENT_BYTES + 1);
        }
        check(name, content.length);
        return new AttachmentFile(name, mediaType(name), content);
    }

    static void check(String name, long size) throws Refusal {
        if (size == 0) {
            throw new Refusal("refusal.attachmentEmpty", name);
        }
        if (size > SupervisionCommands.MAX_ATTACHMENT_BYTES) {
            throw new Refusal("refusal.attachmentLarge", name, SupervisionCommands.MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
    }

    static String mediaType(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
