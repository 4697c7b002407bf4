package org.planstudio.ui.handlers;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.merge.Side;
import org.planstudio.model.check.PlanProblem;
import org.planstudio.model.io.PlanFormatException;
import org.planstudio.store.ConflictPolicy;
import org.planstudio.store.ImportResult;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.ui.compare.ConflictDialog;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.StoreAccess;

/**
 * File → Import .plan…: a new plan, or the file's changes merged onto the latest revision of the
 * plan with the same id (conflicts go to the conflict dialog; a file without a base revision
 * replaces the plan, with a warning). The store work runs as a job. The store reads the file with
 * the hardened reader and the plan validator (as the command line's import does); a file that breaks
 * rules is refused with nothing changed, and the dialog lists every problem with its place in the file.
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
        if (chosen != null) {
            importFile(window, Path.of(chosen), Map.of());
        }
        return null;
    }

    /** Imports in a job and settles the outcome on the UI thread; public for the workbench tests. */
    public static Job importFile(IWorkbenchWindow window, Path file, Map<String, Side> choices) {
        Job job = Job.create(NLS.bind(Messages.Merge_importJob, file.getFileName()), monitor -> {
            try {
                ImportResult result = StoreAccess.store().importPlan(file, StoreAccess.currentUser(),
                        NLS.bind(Messages.Import_message, file.getFileName()), choices, ConflictPolicy.FAIL);
                // Read here, not on the UI thread: the plan the import leaves, for the editor to open.
                Optional<PlanInfo> info = result.outcome() == ImportResult.Outcome.CONFLICTS ? Optional.empty()
                        : StoreAccess.store().planInfo(result.planId());
                window.getShell().getDisplay().asyncExec(() -> finish(window, file, result, info));
            } catch (StoreException e) {
                window.getShell().getDisplay().asyncExec(() -> showRefusal(window.getShell(), file.toString(), e));
            }
        });
        job.schedule();
        return job;
    }

    private static void finish(IWorkbenchWindow window, Path file, ImportResult result, Optional<PlanInfo> info) {
        String name = file.getFileName().toString();
        switch (result.outcome()) {
        case CONFLICTS -> {
            RevisionInfo theirs = result.mergedOnto().orElseThrow();
            ConflictDialog dialog = new ConflictDialog(window.getShell(), result.conflicts(),
                    new ConflictDialog.Theirs(theirs.author(), theirs.savedAt(), theirs.revision(),
                            result.baseRevision()));
            if (dialog.open() == Window.OK) {
                importFile(window, file, dialog.choices());
            }
            return;
        }
        case REPLACED -> MessageDialog.openWarning(window.getShell(), Messages.Import_title,
                NLS.bind(Messages.Merge_replaced, name));
        case UNCHANGED -> MessageDialog.openInformation(window.getShell(), Messages.Import_title,
                NLS.bind(Messages.Merge_unchanged, name, result.baseRevision()));
        case MERGED -> MessageDialog.openInformation(window.getShell(), Messages.Import_title,
                NLS.bind(Messages.Merge_imported, new Object[] {name, result.mergedOnto().orElseThrow().revision(),
                        result.saved().orElseThrow().revision()}));
        default -> {
            // created or saved as the next revision: opening it is the confirmation
        }
        }
        try {
            PlanOpener.open(window.getActivePage(), info.orElseThrow(
                    () -> new StoreException(StoreException.Reason.NOT_FOUND, "planNotFound", result.planId())));
        } catch (StoreException | PartInitException e) {
            failed(window, file, e);
        }
    }

    private static void failed(IWorkbenchWindow window, Path file, Exception e) {
        ErrorDialog.openError(window.getShell(), Messages.Import_title, NLS.bind(Messages.Import_failed, file),
                Status.error(e.getMessage(), e));
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
