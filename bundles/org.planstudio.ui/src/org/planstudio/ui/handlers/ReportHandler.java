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
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.OffUiThread;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.report.ReportWizard;

/** File → Report…: the report wizard for the plan in the active editor. */
public final class ReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (part instanceof PlanEditor editor) {
            String planId = editor.getPlan().getId();
            List<RevisionInfo> revisions;
            try {
                revisions = OffUiThread.call(part.getSite().getWorkbenchWindow().getWorkbench().getProgressService(),
                        Messages.Store_reading, () -> StoreAccess.store().revisions(planId));
            } catch (StoreException e) {
                revisions = List.of();  // a plan not stored yet can still be reported as it stands
            } catch (InterruptedException e) {
                return null;  // the user's Cancel while the revisions were read
            }
            new WizardDialog(part.getSite().getShell(), new ReportWizard(editor.getPlan(), revisions)).open();
        }
        return null;
    }
}
