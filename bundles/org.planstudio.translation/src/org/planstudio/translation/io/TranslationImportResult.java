package org.planstudio.translation.io;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;

/**
 * The report, and the one command that sets the English of every good row when there is any.
 * Executing it (on the editor's command stack) is the import; one undo takes it all back.
 */
public record TranslationImportResult(TranslationImportReport report, Optional<Command> command) {

    public TranslationImportResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(command, "command");
    }
}
