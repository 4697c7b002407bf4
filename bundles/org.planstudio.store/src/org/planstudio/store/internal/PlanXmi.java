package org.planstudio.store.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.planstudio.model.io.PlanFormatException;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/** The model bundle's .plan format, with its failures turned into store errors. */
final class PlanXmi {

    private PlanXmi() {
    }

    static byte[] toBytes(Plan plan) {
        return PlanResources.toBytes(plan);
    }

    static Plan fromStored(byte[] xmi, String planId, int revision) throws StoreException {
        try {
            return PlanResources.read(new ByteArrayInputStream(xmi), planId + " r" + revision);
        } catch (PlanFormatException e) {
            throw new StoreException(Reason.DATABASE, "corruptStoredRevision", new Object[] {planId, revision, e}, e);
        }
    }

    /** The hardened reader and the validator: a file that breaks a rule is refused whole. */
    static Plan readFile(Path file) throws StoreException {
        try {
            return PlanResources.loadChecked(file);
        } catch (PlanFormatException e) {
            // The model calls bytes that are not valid UTF-8 "unreadable" (the decoder throws an
            // IOException); for an import that is a corrupt file, unless the file really cannot be read.
            boolean unreadable = e.problem() == PlanFormatException.Problem.NOT_FOUND
                    || e.problem() == PlanFormatException.Problem.UNREADABLE && !Files.isReadable(file);
            throw unreadable
                    ? new StoreException(Reason.IO, "ioRead", new Object[] {file, e}, e)
                    : new StoreException(Reason.CORRUPT_FILE, "corruptFile", new Object[] {file, e}, e);
        }
    }

    /** Writes beside the target and renames, so a failed export never leaves half a file. */
    static void writeFile(Plan plan, Path file) throws StoreException {
        writeFile(toBytes(plan), file);
    }

    static void writeFile(byte[] content, Path file) throws StoreException {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new StoreException(Reason.IO, "ioWrite", new Object[] {target, e.getMessage()}, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the export already failed; a stray temporary file is the lesser problem
            }
        }
    }
}
