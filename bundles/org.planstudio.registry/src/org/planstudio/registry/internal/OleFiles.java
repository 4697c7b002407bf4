package org.planstudio.registry.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.planstudio.registry.io.ImportFileException;
import org.planstudio.registry.io.ImportFileException.Problem;

/**
 * Office 97-2003 container files. Excel stores a password-protected .xlsx in this container too,
 * so the one question worth answering is whether the workbook is encrypted.
 */
final class OleFiles {

    private static final String ENCRYPTION_INFO = "EncryptionInfo";

    private OleFiles() {
    }

    static ImportFileException explain(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(ENCRYPTION_INFO)) {
                return new ImportFileException(Problem.ENCRYPTED, name, "", null);
            }
            return new ImportFileException(Problem.UNSUPPORTED_FORMAT, name, "Office 97-2003 (.xls/.doc)", null);
        } catch (IOException | RuntimeException e) {
            return new ImportFileException(Problem.DAMAGED, name, String.valueOf(e.getMessage()), e);
        }
    }
}
