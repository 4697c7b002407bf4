package org.planstudio.registry.io;

import java.util.Locale;
import java.util.Objects;

import org.planstudio.registry.internal.Messages;

/**
 * A file that cannot be imported at all (nothing is read from it, nothing changes): it names the
 * file and says why, in English ({@link #getMessage()}) or the locale's language.
 */
public final class ImportFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        NOT_FOUND,
        /** The file system refused: permissions, a folder, an I/O error. */
        UNREADABLE,
        /** Neither a CSV text file nor an Excel workbook. */
        NOT_A_TABLE,
        /** An Office file of another kind: old .xls, Word, a workbook without sheets. */
        UNSUPPORTED_FORMAT,
        /** A password-protected workbook. */
        ENCRYPTED,
        /** Truncated or corrupt: a broken zip, an unterminated quote. */
        DAMAGED,
        /** No sheet has a header row with registry columns. */
        NO_REGISTRY_COLUMNS,
        /** A sheet has registry columns but lacks a required one. */
        MISSING_COLUMNS,
        /** Larger than Plan Studio reads, or a workbook that would expand past POI's limits (a zip bomb). */
        TOO_LARGE
    }

    private final Problem problem;
    private final String file;
    private final String detail;

    public ImportFileException(Problem problem, String file, String detail, Throwable cause) {
        super(cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.file = Objects.requireNonNull(file, "file");
        this.detail = detail == null ? "" : detail;
    }

    public Problem problem() {
        return problem;
    }

    /** The file's name as the user chose it. */
    public String file() {
        return file;
    }

    /** The library's own explanation or the missing columns; not translated. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }

    public String message(Locale locale) {
        return Messages.format(locale, "file.message", file, Messages.format(locale, "file." + problem.name(), detail));
    }
}
