package org.planstudio.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreException;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.StoreAccess;

/** File → Open Plan…: choose among the plans in the database; delete or restore one there. */
public final class OpenPlanHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        try {
            OpenPlanDialog dialog = createDialog(window);
            if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof PlanInfo chosen) {
                PlanOpener.open(window.getActivePage(), chosen);
            }
        } catch (StoreException | PartInitException e) {
            ErrorDialog.openError(window.getShell(), Messages.Open_title, Messages.Open_failed, Status.error(e.getMessage(), e));
        }
        return null;
    }

    public static OpenPlanDialog createDialog(IWorkbenchWindow window) throws StoreException {
        PlanStore store = StoreAccess.store();
        return new OpenPlanDialog(window.getShell(), window.getActivePage(), store.listPlans(), store.listDeletedPlans());
    }
}
