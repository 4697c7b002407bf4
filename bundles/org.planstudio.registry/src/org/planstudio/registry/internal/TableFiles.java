package org.planstudio.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.planstudio.model.check.PlanLimits;
import org.planstudio.registry.io.ImportFileException;
import org.planstudio.registry.io.ImportFileException.Problem;

/**
 * Reads a registry file into tables, choosing the reader by the file's first bytes rather than
 * its name: staff rename files, and an .xlsx saved as .csv must still fail clearly.
 */
public final class TableFiles {

    private static final byte[] ZIP = { 'P', 'K' };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1 };

    private TableFiles() {
    }

    public static List<Table> read(Path file) throws ImportFileException {
        Objects.requireNonNull(file, "file");
        String name = displayName(file);
        if (Files.isDirectory(file)) {
            throw new ImportFileException(Problem.UNREADABLE, name, "a folder, not a file", null);
        }
        byte[] head = head(file, name);
        checkSize(file, name);
        if (startsWith(head, ZIP)) {
            PoiLimits.apply();
            return XlsxTables.read(file, name);
        }
        if (startsWith(head, OLE2)) {
            throw OleFiles.explain(file, name);
        }
        return CsvTables.read(file, name);
    }

    public static String displayName(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }

    private static byte[] head(Path file, String name) throws ImportFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(OLE2.length);
        } catch (NoSuchFileException e) {
            throw new ImportFileException(Problem.NOT_FOUND, name, file.toString(), e);
        } catch (IOException e) {
            throw new ImportFileException(Problem.UNREADABLE, name, e.getMessage(), e);
        }
    }

    private static void checkSize(Path file, String name) throws ImportFileException {
        try {
            long size = Files.size(file);
            if (size > PlanLimits.MAX_FILE_BYTES) {
                throw new ImportFileException(Problem.TOO_LARGE, name, size + " > " + PlanLimits.MAX_FILE_BYTES, null);
            }
        } catch (IOException e) {
            throw new ImportFileException(Problem.UNREADABLE, name, e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
