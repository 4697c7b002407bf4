package org.planstudio.ui.authoring.structure;

import org.planstudio.authoring.Clipboard;
import org.planstudio.authoring.Deletion;

/** Cut (Ctrl+X): copy, then delete in one undoable step (no confirmation: Undo gives it back). */
public final class CutHandler extends StructureHandler {

    @Override
    boolean canRun(Structure structure) {
        return !structure.elements().isEmpty();
    }

    @Override
    void run(Structure structure) {
        Clipboard clipboard = Clipboard.copy(structure.elements());
        structure.run(Deletion.of(structure.elements()).command(structure.domain()), false);
        StructureClipboard.set(clipboard);
    }
}
