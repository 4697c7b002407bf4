package org.planstudio.ui.consultation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.ui.editor.PlanEditor;

/** File → Import Comment Form…: into the plan of the active editor. */
public final class ImportFormHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor) {
            new ImportFormDialog(HandlerUtil.getActiveShell(event), editor).open();
        }
        return null;
    }
}
