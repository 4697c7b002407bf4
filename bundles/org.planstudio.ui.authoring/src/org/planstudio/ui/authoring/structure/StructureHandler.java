package org.planstudio.ui.authoring.structure;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** A handler of a structure command in the navigator: enabled by what is selected there. */
abstract class StructureHandler extends AbstractHandler {

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(Structure.of(evaluationContext).filter(this::allowed).map(this::canRun).orElse(false));
    }

    @Override
    public final Object execute(ExecutionEvent event) {
        Optional<Structure> structure = Structure.of(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event));
        structure.filter(this::allowed).filter(this::canRun).ifPresent(this::run);
        return null;
    }

    private boolean allowed(Structure structure) {
        return !changesPlan() || structure.mayChangeStructure();
    }

    /** False for commands that only read (copy, select all): those stay enabled for every role. */
    boolean changesPlan() {
        return true;
    }

    abstract boolean canRun(Structure structure);

    abstract void run(Structure structure);
}
