package org.planstudio.cli;

import org.planstudio.store.StoreException;

/** Which exit code a store failure gets. */
final class StoreErrors {

    private StoreErrors() {
    }

    static CliException toCli(StoreException e, CliTexts texts) {
        String message = e.message(texts.locale());
        switch (e.reason()) {
        case NOT_FOUND:
            return new CliException(ExitCode.PLAN_NOT_FOUND, message, e);
        case CORRUPT_FILE:
        case INVALID_PLAN:
            return new CliException(ExitCode.CORRUPT_INPUT, message, e);
        case IO:
            return new CliException(ExitCode.OUTPUT_NOT_WRITABLE, message, e);
        case DATABASE_LOCKED:
        case NEWER_SCHEMA:
        case DATABASE:
        case CLOSED:
            return new CliException(ExitCode.DATABASE_UNAVAILABLE, message, e);
        default:
            return new CliException(ExitCode.FAILURE, message, e);
        }
    }
}
