package org.planstudio.ui.authoring.structure;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** A handler of a structure command in the navigator: enabled by what is selected there. */
abstract class StructureHandler extends AbstractHandler {

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(Structure.of(evaluationContext).map(this::canRun).orElse(false));
    }

    @Override
    public final Object execute(ExecutionEvent event) {
        Optional<Structure> structure = Structure.of(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event));
        structure.filter(this::canRun).ifPresent(this::run);
        return null;
    }

    abstract boolean canRun(Structure structure);

    abstract void run(Structure structure);
}
