package org.planstudio.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.StoreException;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.StoreAccess;

/** File → Open Plan…: choose among the plans in the database. */
public final class OpenPlanHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        try {
            List<PlanInfo> plans = StoreAccess.store().listPlans();
            ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(), new LabelProvider() {
                @Override
                public String getText(Object element) {
                    PlanInfo info = (PlanInfo) element;
                    return NLS.bind(Messages.Open_planLabel, new Object[] { info.titleZh(), info.titleEn(), info.latestRevision() });
                }
            });
            dialog.setTitle(Messages.Open_title);
            dialog.setMessage(Messages.Open_message);
            dialog.setElements(plans.toArray());
            if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof PlanInfo chosen) {
                PlanOpener.open(window.getActivePage(), chosen);
            }
        } catch (StoreException | PartInitException e) {
            ErrorDialog.openError(window.getShell(), Messages.Open_title, Messages.Open_failed, Status.error(e.getMessage(), e));
        }
        return null;
    }
}
