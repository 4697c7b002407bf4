package org.planstudio.ui.registry;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.registry.io.ImportFileException;
import org.planstudio.registry.io.ImportMode;
import org.planstudio.registry.io.ImportReport;
import org.planstudio.registry.io.ImportResult;
import org.planstudio.registry.io.RegistryImport;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.Messages;

/**
 * Registries → Import…: reads a CSV or Excel file, shows what would be imported and every row
 * that would not (with its reason), and imports only when the user agrees — all good rows in one
 * undoable command, never half a file.
 */
final class RegistryImportAction {

    /** How many problems the confirmation lists before saying "and N more". */
    private static final int LISTED = 15;

    private final Shell shell;
    private final PlanEditor editor;
    private final RegistryKind kind;

    RegistryImportAction(Shell shell, PlanEditor editor, RegistryKind kind) {
        this.shell = Objects.requireNonNull(shell);
        this.editor = Objects.requireNonNull(editor);
        this.kind = Objects.requireNonNull(kind);
    }

    void run() {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(Messages.RegistryImport_title);
        dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.csv", "*.xlsx", "*" });
        String chosen = dialog.open();
        if (chosen != null) {
            importFile(Path.of(chosen), (title, message) -> MessageDialog.openQuestion(shell, title, message));
        }
    }

    interface Confirmation {
        boolean ask(String title, String message);
    }

    /** Checks the file, asks, imports; returns the report of what happened. */
    ImportReport importFile(Path file, Confirmation confirmation) {
        RegistryImport reader = RegistryImport.into(editor.getPlan()).defaultKind(kind)
                .editingDomain(editor.getEditingDomain());
        try {
            ImportReport check = reader.mode(ImportMode.CHECK_ONLY).read(file).report();
            if (check.goodRows() == 0) {
                MessageDialog.openError(shell, Messages.RegistryImport_title, describe(check, Messages.RegistryImport_nothing));
                return check;
            }
            String question = check.hasProblems() ? Messages.RegistryImport_someBad : Messages.RegistryImport_allGood;
            if (!confirmation.ask(Messages.RegistryImport_title, describe(check, question))) {
                return check;
            }
            ImportResult result = reader.mode(ImportMode.GOOD_ROWS).read(file);
            result.command().ifPresent(editor.getEditingDomain().getCommandStack()::execute);
            return result.report();
        } catch (ImportFileException e) {
            ErrorDialog.openError(shell, Messages.RegistryImport_title, NLS.bind(Messages.RegistryImport_unreadable, file),
                    Status.error(e.getLocalizedMessage(), e));
            return null;
        }
    }

    private static String describe(ImportReport report, String question) {
        Locale locale = Locale.getDefault();
        String problems = report.problems().stream().limit(LISTED)
                .map(p -> "• " + p.location(locale) + ": " + p.message(locale)).collect(Collectors.joining("\n"));
        int more = report.problems().size() - LISTED;
        if (more > 0) {
            problems += "\n" + NLS.bind(Messages.RegistryImport_more, more);
        }
        return NLS.bind(question, new Object[] { report.summary(locale), report.goodRows(), report.badRows() })
                + (problems.isEmpty() ? "" : "\n\n" + problems);
    }
}
