package org.planstudio.registry.internal;

import java.util.List;
import java.util.ListIterator;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/**
 * All additions of one import, executed all or nothing. {@link CompoundCommand} already undoes the
 * steps before a failing one; this also undoes the failing step itself, whose change may have
 * happened before a listener threw (EMF notifies after changing the list).
 */
public final class ImportCommand extends CompoundCommand {

    public ImportCommand(String label, String description, List<Command> steps) {
        super(label, description, steps);
    }

    @Override
    public void execute() {
        ListIterator<Command> steps = commandList.listIterator();
        while (steps.hasNext()) {
            Command step = steps.next();
            try {
                step.execute();
            } catch (RuntimeException e) {
                rollBack(steps, e);
                throw e;
            }
        }
    }

    @Override
    public void redo() {
        // Redo is execute again: the same rollback applies.
        execute();
    }

    // The iterator stands after the failing step: undo it and every step before it, newest first.
    private static void rollBack(ListIterator<Command> steps, RuntimeException failure) {
        while (steps.hasPrevious()) {
            Command step = steps.previous();
            try {
                step.undo();
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
