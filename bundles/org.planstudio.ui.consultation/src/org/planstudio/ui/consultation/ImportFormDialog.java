package org.planstudio.ui.consultation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.planstudio.consultation.CommentCommands;
import org.planstudio.consultation.form.CommentFormException;
import org.planstudio.consultation.form.CommentFormImport;
import org.planstudio.consultation.form.FormReport;
import org.planstudio.consultation.form.FormRow;
import org.planstudio.consultation.form.FormRow.Outcome;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.ConsultationKind;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.PlanClock;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.tables.Column;
import org.planstudio.ui.tables.PlanTable;
import org.planstudio.ui.tables.TableFactory;

/**
 * Import Comment Form…: the file and the consultation its comments belong to; Check reads the
 * file in a job and lists every row with what will happen to it; Import adds the good rows to
 * the plan as one undoable step on the editor's stack. Nothing changes before Import.
 */
final class ImportFormDialog extends TitleAreaDialog {

    private final PlanEditor editor;
    private final Plan plan;
    private Text file;
    private Combo into;
    private Text newTitle;
    private Label summary;
    private PlanTable<FormRow> rows;
    private Optional<FormReport> report = Optional.empty();
    private Consultation target;

    ImportFormDialog(Shell shell, PlanEditor editor) {
        super(shell);
        this.editor = editor;
        this.plan = editor.getPlan();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(Messages.Import_title);
        setTitle(Messages.Import_title);
        setMessage(Messages.Import_message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        new Label(body, SWT.NONE).setText(Messages.Import_file);
        file = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.Import_browse);
        browse.addListener(SWT.Selection, e -> browse());

        new Label(body, SWT.NONE).setText(Messages.Import_into);
        into = new Combo(body, SWT.READ_ONLY);
        plan.getConsultations().forEach(c -> into.add(Labels.source(c)));
        into.add(Messages.Add_newConsultation);
        into.select(Math.max(0, plan.getConsultations().size() - 1));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(into);
        Button check = new Button(body, SWT.PUSH);
        check.setText(Messages.Import_check);
        check.addListener(SWT.Selection, e -> check());

        new Label(body, SWT.NONE).setText(Messages.Import_newTitle);
        newTitle = new Text(body, SWT.BORDER);
        newTitle.setText(Messages.Add_newConsultationTitle);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(newTitle);
        into.addListener(SWT.Selection, e -> {
            newTitle.setEnabled(into.getSelectionIndex() >= plan.getConsultations().size());
            report = Optional.empty();
            rows.setRows(List.of());
            updateButtons();
        });
        newTitle.setEnabled(into.getSelectionIndex() >= plan.getConsultations().size());

        summary = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(summary);
        rows = TableFactory.create(body, columns(), r -> r.sheet() + "!" + r.row(), command -> {
        });
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(900, 320).applyTo(rows.natTable());
        return area;
    }

    private static List<Column<FormRow>> columns() {
        Locale locale = Locale.getDefault();
        List<Column<FormRow>> columns = new ArrayList<>();
        columns.add(Column.readOnly("row", Messages.Import_row, 120, r -> r.location(locale)));
        columns.add(Column.readOnly("number", Messages.Import_number, 50, FormRow::number));
        columns.add(Column.readOnly("clause", Messages.Import_clause, 120, FormRow::clause));
        columns.add(Column.readOnly("unit", Messages.Import_unit, 110, FormRow::unit));
        columns.add(Column.readOnly("text", Messages.Import_text, 260, FormRow::text));
        columns.add(Column.readOnly("result", Messages.Import_result, 300, r -> r.message(locale)));
        return columns;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Import_button, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
        updateButtons();
    }

    private void updateButtons() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(report.map(r -> !r.importable().isEmpty()).orElse(false));
        }
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*" });
        dialog.setFilterNames(new String[] { Messages.Import_forms, Messages.Import_allFiles });
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
            check();
        }
    }

    /** Reads the file in a job; the dialog shows the rows when it is done. */
    private void check() {
        if (file.getText().isBlank() || !Files.exists(Path.of(file.getText().strip()))) {
            setErrorMessage(Messages.Import_noFile);
            return;
        }
        Path path = Path.of(file.getText().strip());
        int index = into.getSelectionIndex();
        Optional<Consultation> existing = index >= 0 && index < plan.getConsultations().size()
                ? Optional.of(plan.getConsultations().get(index)) : Optional.empty();
        setErrorMessage(null);
        setMessage(Messages.Import_checking);
        Job job = new Job(Messages.Import_checking) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    FormReport read = CommentFormImport.read(path, plan, existing);
                    show(() -> showReport(read));
                } catch (CommentFormException e) {
                    show(() -> {
                        report = Optional.empty();
                        rows.setRows(List.of());
                        summary.setText("");
                        setErrorMessage(e.getLocalizedMessage());
                        updateButtons();
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private void show(Runnable update) {
        if (getShell() != null && !getShell().isDisposed()) {
            getShell().getDisplay().asyncExec(() -> {
                if (getShell() != null && !getShell().isDisposed()) {
                    update.run();
                }
            });
        }
    }

    void showReport(FormReport read) {
        report = Optional.of(read);
        rows.setRows(read.rows());
        rows.refresh();
        summary.setText(read.importable().isEmpty() ? Messages.Import_nothing
                : NLS.bind(Messages.Import_summary, new Object[] { read.importable().size(),
                        read.count(Outcome.CLAUSE_UNMATCHED), read.count(Outcome.REFUSED) }));
        setMessage(Messages.Import_message);
        summary.getParent().layout();
        updateButtons();
    }

    @Override
    protected void okPressed() {
        if (report.isEmpty()) {
            return;
        }
        int index = into.getSelectionIndex();
        target = index >= 0 && index < plan.getConsultations().size() ? plan.getConsultations().get(index)
                : CommentCommands.newConsultation(newTitle.getText().isBlank() ? Messages.Add_newConsultationTitle
                        : newTitle.getText().strip(), ConsultationKind.INTERNAL_REVIEW, PlanClock.today());
        Optional<Command> command = CommentFormImport.command(editor.getEditingDomain(), plan, target, report.get(),
                PlanClock.today());
        command.ifPresent(c -> editor.getEditingDomain().getCommandStack().execute(c));
        super.okPressed();
    }

    // For tests.
    Optional<FormReport> report() {
        return report;
    }

    void checkFile(String path) {
        file.setText(path);
        check();
    }
}
