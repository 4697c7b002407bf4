package org.planstudio.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.StoreAccess;

/**
 * File → Import .plan…: a new plan, or a new revision of the plan with the same id. A file that
 * is not a readable plan is refused by the store with nothing changed.
 */
public final class ImportPlanHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText(Messages.Import_title);
        dialog.setFilterExtensions(new String[] { "*.plan", "*" });
        dialog.setFilterNames(new String[] { Messages.File_planFiles, Messages.File_allFiles });
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        try {
            RevisionInfo revision = StoreAccess.store().importPlan(Path.of(chosen), StoreAccess.currentUser(),
                    NLS.bind(Messages.Import_message, Path.of(chosen).getFileName()));
            PlanInfo info = StoreAccess.store().planInfo(revision.planId()).orElseThrow();
            PlanOpener.open(window.getActivePage(), info);
        } catch (StoreException | PartInitException e) {
            ErrorDialog.openError(window.getShell(), Messages.Import_title, NLS.bind(Messages.Import_failed, chosen),
                    Status.error(e.getMessage(), e));
        }
        return null;
    }
}
