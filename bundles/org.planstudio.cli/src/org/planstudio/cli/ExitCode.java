package org.planstudio.cli;

/** The command line's exit codes; docs/cli.md and the README list them. Numbers never change meaning. */
public enum ExitCode {
    OK(0),
    /** Anything not covered below (a bug, an out-of-memory): the message says what. */
    FAILURE(1),
    /** Unknown command or option, a bad or missing value. */
    USAGE(2),
    /** No plan with that id, no such revision, no such .plan file. */
    PLAN_NOT_FOUND(3),
    /** The .plan file (or the stored plan) cannot be read as a plan. */
    CORRUPT_INPUT(4),
    /** The output file cannot be written. */
    OUTPUT_NOT_WRITABLE(5),
    /** The database cannot be opened (another Plan Studio holds it, or it is from a newer version). */
    DATABASE_UNAVAILABLE(6),
    /** An import's changes conflict with changes saved since its export; nothing was written. */
    MERGE_CONFLICT(7),
    /** {@code audit verify}: the audit log was altered or shortened after it was written. */
    AUDIT_BROKEN(8),
    /** A shared database refused the change: the user's role does not allow it; nothing was changed. */
    NOT_ALLOWED(9),
    /** A translations import refused some rows (listed on standard error); its good rows were saved. */
    ROWS_REFUSED(10);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
