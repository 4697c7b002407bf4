package org.planstudio.ui.supervision;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.text.PlanClock;
import org.planstudio.supervision.Periods;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.permissions.EditorPermissions;
import org.planstudio.ui.navigator.PlanNavigatorView;

/** Progress Update... on a key task in the navigator: the period being reported on today. */
public final class UpdateProgressHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        Optional<KeyTask> task = selection instanceof IStructuredSelection s && s.getFirstElement() instanceof KeyTask t
                ? Optional.of(t) : Optional.empty();
        Optional<PlanEditor> editor = editor(part, HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
        if (task.isEmpty() || editor.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Dialog_title, Messages.Handler_noTask);
            return null;
        }
        Optional<String> refusal = EditorPermissions.refusal(task.get());
        if (refusal.isPresent()) {
            // Only the division's own tasks: the database would refuse the update anyway.
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Dialog_title,
                    NLS.bind(Messages.Handler_notYours, refusal.get()));
            return null;
        }
        Optional<ReportingPeriod> period = Periods.lastDue(editor.get().getPlan(), PlanClock.today())
                .or(() -> Periods.containing(editor.get().getPlan(), PlanClock.today()));
        if (period.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Dialog_title, Messages.View_noPeriods);
            return null;
        }
        new ProgressUpdateDialog(HandlerUtil.getActiveShell(event), editor.get(), task.get(), period.get(),
                PlanClock.today()).open();
        return null;
    }

    private static Optional<PlanEditor> editor(IWorkbenchPart part, IWorkbenchPage page) {
        if (part instanceof PlanNavigatorView navigator && navigator.editor().isPresent()) {
            return navigator.editor();
        }
        return page != null && page.getActiveEditor() instanceof PlanEditor editor ? Optional.of(editor) : Optional.empty();
    }
}
