package org.planstudio.authoring.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;

/**
 * A step of a compound command that can only be built once the steps before it have run (adding
 * an element back to the list it was just removed from). EMF's StrictCompoundCommand does this
 * by trial execution in canExecute, which did not undo cleanly inside a compound.
 */
public final class DeferredCommand extends AbstractCommand {

    private final Supplier<Command> factory;
    private Command command;

    public DeferredCommand(Supplier<Command> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        command = factory.get();
        if (!command.canExecute()) {
            throw new IllegalStateException("cannot execute " + command.getLabel());
        }
        command.execute();
    }

    @Override
    public void undo() {
        command.undo();
    }

    @Override
    public void redo() {
        command.redo();
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return command == null ? List.of() : command.getAffectedObjects();
    }
}
