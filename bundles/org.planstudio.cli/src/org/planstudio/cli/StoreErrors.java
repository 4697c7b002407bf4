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
        case PERMISSION_DENIED:
            return new CliException(ExitCode.NOT_ALLOWED, message, e);
        case DATABASE_LOCKED:
        case NEWER_SCHEMA:
        case CLOSED:
        case AUTHENTICATION:
            return new CliException(ExitCode.DATABASE_UNAVAILABLE, message, e);
        case DATABASE:
            return new CliException(databaseCode(e.messageKey()), message, e);
        default:
            return new CliException(ExitCode.FAILURE, message, e);
        }
    }

    // Exit code 6 says the database cannot be opened, nothing else: a stored revision that cannot
    // be read is bad input (4), any other database failure is a failure (1).
    private static ExitCode databaseCode(String messageKey) {
        switch (messageKey) {
        case "databaseOpen":
            return ExitCode.DATABASE_UNAVAILABLE;
        case "corruptStoredRevision":
        case "storeInconsistent":
            return ExitCode.CORRUPT_INPUT;
        default:
            return ExitCode.FAILURE;
        }
    }
}
