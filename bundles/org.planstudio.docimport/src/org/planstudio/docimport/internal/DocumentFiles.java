package org.planstudio.docimport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.planstudio.docimport.DocumentImportException;
import org.planstudio.docimport.DocumentImportException.Reason;
import org.planstudio.docimport.SourceParagraph;

/**
 * Tells a .docx from a text file by its first bytes (not its name: a renamed file is common)
 * and reads either into paragraphs. Text is UTF-8 (with or without BOM) or GB18030, the
 * encodings Chinese Windows and WPS save.
 */
public final class DocumentFiles {

    static final long MAX_TEXT_BYTES = 50L * 1024 * 1024;

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

    private DocumentFiles() {
    }

    public static List<SourceParagraph> read(Path file) throws DocumentImportException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new DocumentImportException(Reason.UNREADABLE, name, "", null);
        }
        byte[] start = new byte[8];
        int length;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            length = Math.max(0, in.readNBytes(start, 0, start.length));
            size = Files.size(file);
        } catch (IOException e) {
            throw new DocumentImportException(Reason.UNREADABLE, name, e.toString(), e);
        }
        if (length == 0) {
            throw new DocumentImportException(Reason.EMPTY, name, "", null);
        }
        if (startsWith(start, length, ZIP)) {
            return DocxReader.read(file, name);
        }
        if (startsWith(start, length, OLE2)) {
            throw new DocumentImportException(Reason.LEGACY_WORD, name, "", null);
        }
        if (size > MAX_TEXT_BYTES) {
            throw new DocumentImportException(Reason.TOO_LARGE, name, size + " bytes", null);
        }
        return text(file, name);
    }

    private static List<SourceParagraph> text(Path file, String name) throws DocumentImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentImportException(Reason.UNREADABLE, name, e.toString(), e);
        }
        String text = decode(bytes).orElseThrow(
                () -> new DocumentImportException(Reason.NOT_A_DOCUMENT, name, "neither UTF-8 nor GB18030 text", null));
        if (looksBinary(text) || text.startsWith("%PDF") || text.startsWith("{\\rtf")) {
            throw new DocumentImportException(Reason.NOT_A_DOCUMENT, name, "", null);
        }
        List<SourceParagraph> paragraphs = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n|\u2029")) {
            String clean = Paragraphs.clean(line);
            if (!clean.isEmpty()) {
                paragraphs.add(SourceParagraph.plain(clean));
            }
        }
        return paragraphs;
    }

    static Optional<String> decode(byte[] bytes) {
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        return Optional.empty();
    }

    private static boolean looksBinary(String text) {
        long control = text.chars().limit(4096)
                .filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        return control > 0;
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
        return length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
