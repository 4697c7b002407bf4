package org.planstudio.docimport;

import java.util.Locale;
import java.util.Objects;

import org.planstudio.docimport.internal.Messages;

/**
 * A file that cannot be imported at all: it names the file and says why, in English
 * ({@link #getMessage()}) or in the locale's language ({@link #message(Locale)}).
 */
public final class DocumentImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Missing, a folder, or the file system refused to read it. */
        UNREADABLE,
        /** Neither a Word .docx nor a plain text file (a spreadsheet, a PDF, a picture…). */
        NOT_A_DOCUMENT,
        /** A Word 97-2003 .doc: it has to be saved as .docx first. */
        LEGACY_WORD,
        /** A broken zip or unreadable XML inside the .docx. */
        DAMAGED,
        /** Larger than an import can sensibly hold, or an archive that expands beyond the limits. */
        TOO_LARGE,
        /** The file holds no text. */
        EMPTY,
        /** Text, but no heading (一、 （一） 1. or a heading style) to build a plan from. */
        NO_OUTLINE
    }

    private final Reason reason;
    private final String file;
    private final String detail;

    public DocumentImportException(Reason reason, String file, String detail, Throwable cause) {
        super(cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = Objects.requireNonNull(file, "file");
        this.detail = detail == null ? "" : detail;
    }

    public Reason reason() {
        return reason;
    }

    public String file() {
        return file;
    }

    /** The library's own words, untranslated; may be empty. */
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
        String why = Messages.format(locale, "reason." + reason.name());
        return detail.isBlank() ? Messages.format(locale, "file.message", file, why)
                : Messages.format(locale, "file.messageDetail", file, why, detail);
    }
}
