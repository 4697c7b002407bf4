package org.planstudio.ui.translation;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.registry.io.ImportFileException;
import org.planstudio.translation.io.TranslationFile;
import org.planstudio.translation.io.TranslationImport;
import org.planstudio.translation.io.TranslationImportResult;
import org.planstudio.translation.io.TranslationSheet;
import org.planstudio.ui.editor.PlanEditor;

/**
 * File → Import Translations…: reads the translator's workbook in a job, then, on the UI thread
 * where the plan is edited, checks every row against the Chinese the plan has now and sets the
 * good rows' English as one command on the editor's stack (one Undo takes it back). The report
 * lists every row and why a refused one was refused.
 */
public final class ImportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window.getShell();
        Optional<PlanEditor> editor = Editors.current(window.getActivePage());
        if (editor.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Import_title, Messages.Export_noPlan);
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(Messages.Import_title);
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*" });
        String chosen = dialog.open();
        if (chosen != null) {
            read(shell, editor.get(), Path.of(chosen));
        }
        return null;
    }

    static Job read(Shell shell, PlanEditor editor, Path file) {
        Job job = Job.create(NLS.bind(Messages.Import_job, file.getFileName()), monitor -> {
            try {
                TranslationSheet sheet = TranslationFile.read(file);
                ExportHandler.inUi(shell, () -> apply(shell, editor, sheet).ifPresent(r -> new ReportDialog(shell, r).open()));
            } catch (ImportFileException e) {
                ExportHandler.inUi(shell, () -> ErrorDialog.openError(shell, Messages.Import_title,
                        NLS.bind(Messages.Import_unreadable, file), Status.error(e.getLocalizedMessage(), e)));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Checks the rows against the plan as it is now and runs the command; on the UI thread. */
    static Optional<TranslationImportResult> apply(Shell shell, PlanEditor editor, TranslationSheet sheet) {
        if (editor.getEditorSite().getPage().findEditor(editor.getEditorInput()) != editor) {
            MessageDialog.openInformation(shell, Messages.Import_title, Messages.Import_changedMeanwhile);
            return Optional.empty();
        }
        TranslationImportResult result = TranslationImport.check(editor.getPlan(), sheet, editor.getEditingDomain());
        result.command().ifPresent(editor.getEditingDomain().getCommandStack()::execute);
        return Optional.of(result);
    }
}
