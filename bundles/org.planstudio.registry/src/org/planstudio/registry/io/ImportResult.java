package org.planstudio.registry.io;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;

/**
 * The report, and the command that adds the good rows when the mode asked for one and there is
 * something to add. Executing the command (on the editor's command stack) is the import; undo
 * removes everything it added.
 */
public record ImportResult(ImportReport report, Optional<Command> command) {

    public ImportResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(command, "command");
    }
}
