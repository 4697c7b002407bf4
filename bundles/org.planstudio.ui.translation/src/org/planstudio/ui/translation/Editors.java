package org.planstudio.ui.translation;

import java.util.Optional;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.planstudio.ui.editor.PlanEditor;

/** The plan editor a File menu command applies to: the active one, else the first open one. */
final class Editors {

    private Editors() {
    }

    static Optional<PlanEditor> current(IWorkbenchPage page) {
        if (page == null) {
            return Optional.empty();
        }
        if (page.getActiveEditor() instanceof PlanEditor active) {
            return Optional.of(active);
        }
        for (IEditorReference ref : page.getEditorReferences()) {
            if (ref.getEditor(false) instanceof PlanEditor editor) {
                return Optional.of(editor);
            }
        }
        return Optional.empty();
    }
}
