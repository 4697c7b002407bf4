package org.planstudio.cli;

import java.util.Objects;

/** A command failed in a way the user can act on: the message is for them, the code for scripts. */
final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    CliException(ExitCode exitCode, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    CliException(ExitCode exitCode, String message) {
        this(exitCode, message, null);
    }

    ExitCode exitCode() {
        return exitCode;
    }
}
