package org.planstudio.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.report.ReportWizard;

/** File → Report…: the report wizard for the plan in the active editor. */
public final class ReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (part instanceof PlanEditor editor) {
            List<RevisionInfo> revisions;
            try {
                revisions = StoreAccess.store().revisions(editor.getPlan().getId());
            } catch (StoreException e) {
                revisions = List.of();  // a plan not stored yet can still be reported as it stands
            }
            new WizardDialog(part.getSite().getShell(), new ReportWizard(editor.getPlan(), revisions)).open();
        }
        return null;
    }
}
