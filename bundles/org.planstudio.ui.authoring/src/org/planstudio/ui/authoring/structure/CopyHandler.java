package org.planstudio.ui.authoring.structure;

import org.planstudio.authoring.Clipboard;

/** Copy (Ctrl+C): a snapshot of the selected elements, pasted later in this or another plan. */
public final class CopyHandler extends StructureHandler {

    @Override
    boolean canRun(Structure structure) {
        return !structure.elements().isEmpty();
    }

    @Override
    void run(Structure structure) {
        StructureClipboard.set(Clipboard.copy(structure.elements()));
    }

    @Override
    boolean changesPlan() {
        return false;
    }
}
