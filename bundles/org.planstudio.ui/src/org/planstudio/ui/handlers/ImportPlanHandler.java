package org.planstudio.ui.handlers;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.model.check.PlanProblem;
import org.planstudio.model.io.PlanFormatException;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.StoreAccess;

/**
 * File → Import .plan…: a new plan, or a new revision of the plan with the same id. The store
 * reads the file with the hardened reader and the plan validator (the same as the command line's
 * import), in a job; a file that breaks rules is refused with nothing changed, and the dialog
 * lists every problem with its place in the file.
 */
public final class ImportPlanHandler extends AbstractHandler {

    private static final String PLUGIN_ID = "org.planstudio.ui";

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
        Path file = Path.of(chosen);
        Shell shell = window.getShell();
        Job job = Job.create(NLS.bind(Messages.ImportCheck_importing, file.getFileName()), monitor -> {
            try {
                RevisionInfo revision = StoreAccess.store().importPlan(file, StoreAccess.currentUser(),
                        NLS.bind(Messages.Import_message, file.getFileName()));
                PlanInfo info = StoreAccess.store().planInfo(revision.planId()).orElseThrow();
                shell.getDisplay().asyncExec(() -> open(window, info, chosen));
            } catch (StoreException e) {
                shell.getDisplay().asyncExec(() -> showRefusal(shell, chosen, e));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return null;
    }

    private static void open(IWorkbenchWindow window, PlanInfo info, String chosen) {
        if (window.getShell().isDisposed()) {
            return;
        }
        try {
            PlanOpener.open(window.getActivePage(), info);
        } catch (PartInitException e) {
            ErrorDialog.openError(window.getShell(), Messages.Import_title, NLS.bind(Messages.Import_failed, chosen),
                    Status.error(e.getMessage(), e));
        }
    }

    /** One line per problem under Details; the message says how many and that nothing changed. */
    static void showRefusal(Shell shell, String chosen, StoreException e) {
        if (shell.isDisposed()) {
            return;
        }
        List<PlanProblem> problems = problems(e).orElse(List.of());
        if (problems.isEmpty()) {
            ErrorDialog.openError(shell, Messages.Import_title, NLS.bind(Messages.Import_failed, chosen),
                    Status.error(e.getLocalizedMessage(), e));
            return;
        }
        MultiStatus status = new MultiStatus(PLUGIN_ID, IStatus.ERROR, e.getLocalizedMessage().lines().findFirst()
                .orElse(""), null);
        for (PlanProblem problem : problems) {
            status.add(new Status(IStatus.ERROR, PLUGIN_ID, problem.message(Locale.getDefault())));
        }
        ErrorDialog.openError(shell, Messages.Import_title,
                NLS.bind(Messages.ImportCheck_problems, chosen, problems.size()), status);
    }

    private static Optional<List<PlanProblem>> problems(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PlanFormatException format && !format.problems().isEmpty()) {
                return Optional.of(format.problems());
            }
        }
        return Optional.empty();
    }
}
