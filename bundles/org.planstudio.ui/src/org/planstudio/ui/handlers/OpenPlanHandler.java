package org.planstudio.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.store.DeletedPlanInfo;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreException;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.OffUiThread;
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
            ErrorDialog.openError(window.getShell(), Messages.Open_title, Messages.Open_failed, Status.error(e.getLocalizedMessage(), e));
        } catch (InterruptedException e) {
            // The user's Cancel while the lists were read: no dialog, and no interrupt flag on the UI thread.
        }
        return null;
    }

    private record Lists(List<PlanInfo> live, List<DeletedPlanInfo> deleted) {
    }

    /** The dialog on both lists, read off the UI thread; InterruptedException: the user cancelled the wait. */
    public static OpenPlanDialog createDialog(IWorkbenchWindow window) throws StoreException, InterruptedException {
        Lists lists = OffUiThread.call(window.getWorkbench().getProgressService(), Messages.Store_reading, () -> {
            PlanStore store = StoreAccess.store();
            return new Lists(store.listPlans(), store.listDeletedPlans());
        });
        return new OpenPlanDialog(window.getShell(), window.getActivePage(), lists.live(), lists.deleted());
    }
}
