package org.planstudio.consultation.form;

import java.util.Locale;
import java.util.Objects;

import org.planstudio.consultation.internal.Messages;

/** A file that cannot be read as a comment form at all: nothing is read from it and nothing changes. */
public final class CommentFormException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        NOT_FOUND,
        /** Permissions, a folder, an I/O error. */
        UNREADABLE,
        /** Not an .xlsx workbook (a Word file, an old .xls, text). */
        NOT_A_WORKBOOK,
        ENCRYPTED,
        DAMAGED,
        TOO_LARGE,
        /** No sheet has a 修改意见 column. */
        NO_COMMENT_COLUMN
    }

    private final Problem problem;
    private final String file;
    private final String detail;

    public CommentFormException(Problem problem, String file, String detail, Throwable cause) {
        super(cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.file = Objects.requireNonNull(file, "file");
        this.detail = detail == null ? "" : detail;
    }

    public Problem problem() {
        return problem;
    }

    public String file() {
        return file;
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
