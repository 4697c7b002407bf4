package org.planstudio.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.model.text.PlanClock;
import org.planstudio.store.StoreException;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.StoreAccess;

/**
 * File → Name Baseline…: names the saved revision the editor stands on (the version sent for
 * comments, the one approved …). Changes after it put the links they touch under review.
 */
public final class NameBaselineHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof PlanEditor editor)) {
            return null;
        }
        Shell shell = part.getSite().getShell();
        if (editor.isDirty()) {
            if (!MessageDialog.openQuestion(shell, Messages.Baseline_title, Messages.Baseline_saveFirst)) {
                return null;
            }
            editor.saveAndWait();
            if (editor.isDirty()) {
                return null;  // the save failed and said why
            }
        }
        InputDialog dialog = new InputDialog(shell, Messages.Baseline_title,
                NLS.bind(Messages.Baseline_message, editor.getBaseRevision()),
                NLS.bind(Messages.Baseline_default, PlanClock.today()), text -> text.isBlank() ? Messages.Baseline_needName : null);
        if (dialog.open() != Window.OK) {
            return null;
        }
        name(shell, editor.getPlan().getId(), editor.getBaseRevision(), dialog.getValue().trim());
        return null;
    }

    /** Names the baseline in a job (a database write); the outcome is told on the UI thread. */
    private static void name(Shell shell, String planId, int revision, String name) {
        Display display = shell.getDisplay();
        Job.create(NLS.bind(Messages.Baseline_job, name), monitor -> {
            try {
                StoreAccess.store().nameBaseline(planId, revision, name, StoreAccess.currentUser());
                display.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        MessageDialog.openInformation(shell, Messages.Baseline_title,
                                NLS.bind(Messages.Baseline_done, name, revision));
                    }
                });
            } catch (StoreException e) {
                display.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        ErrorDialog.openError(shell, Messages.Baseline_title, Messages.Baseline_failed,
                                Status.error(e.getLocalizedMessage(), e));
                    }
                });
            }
        }).schedule();
    }
}
