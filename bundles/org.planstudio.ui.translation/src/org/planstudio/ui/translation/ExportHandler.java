package org.planstudio.ui.translation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.model.plan.Plan;
import org.planstudio.translation.PlanText;
import org.planstudio.translation.PlanTexts;
import org.planstudio.translation.io.TranslationExport;
import org.planstudio.ui.editor.PlanEditor;

/**
 * File → Export for Translator…: the texts whose English is missing or outdated, as the editor
 * has them now (unsaved edits included), written to an Excel workbook in a job.
 */
public final class ExportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window.getShell();
        Optional<PlanEditor> editor = Editors.current(window.getActivePage());
        if (editor.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Export_title, Messages.Export_noPlan);
            return null;
        }
        Plan plan = editor.get().getPlan();
        if (PlanTexts.needingTranslation(plan).isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Export_title, Messages.Export_nothing);
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Export_title);
        dialog.setFilterExtensions(new String[] { "*.xlsx" });
        dialog.setFileName(plan.getId() + "-translations.xlsx");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(shell, plan, Path.of(chosen));
        }
        return null;
    }

    /** Writes in a job from a copy taken now, so that editing can go on meanwhile. */
    static Job export(Shell shell, Plan plan, Path file) {
        Plan snapshot = EcoreUtil.copy(plan);
        Locale locale = Locale.getDefault();
        Job job = Job.create(NLS.bind(Messages.Export_job, file.getFileName()), monitor -> {
            List<PlanText> texts = PlanTexts.needingTranslation(snapshot);
            try {
                int written = TranslationExport.write(snapshot, texts, file, locale);
                inUi(shell, () -> MessageDialog.openInformation(shell, Messages.Export_title,
                        NLS.bind(Messages.Export_done, written, file)));
            } catch (IOException | RuntimeException e) {
                inUi(shell, () -> ErrorDialog.openError(shell, Messages.Export_title,
                        NLS.bind(Messages.Export_failed, file), Status.error(String.valueOf(e.getMessage()), e)));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    static void inUi(Shell shell, Runnable runnable) {
        if (!shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }
}
