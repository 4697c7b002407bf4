package org.planstudio.ui.supervision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.planstudio.model.plan.Attachment;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.UpdateStatus;
import org.planstudio.model.text.Texts;
import org.planstudio.supervision.Periods;
import org.planstudio.supervision.Refusal;
import org.planstudio.supervision.SupervisionCommands;
import org.planstudio.supervision.UpdateDraft;
import org.planstudio.supervision.Updates;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.internal.StoreAccess;

/**
 * The lead unit's progress update for one task and period. Submit or Save Draft runs one command
 * on the plan editor's stack (undoable; the editor becomes dirty and saves it with the plan); a
 * refusal is shown in the dialog, which stays open with everything typed.
 */
public final class ProgressUpdateDialog extends TitleAreaDialog {

    static final int SUBMIT = IDialogConstants.OK_ID;
    static final int DRAFT = IDialogConstants.CLIENT_ID + 1;

    private static final List<TaskStatus> STATUSES = List.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS,
            TaskStatus.COMPLETED, TaskStatus.DELAYED);

    private final PlanEditor editor;
    private final KeyTask task;
    private final ReportingPeriod period;
    private final LocalDate today;
    private final Optional<ProgressUpdate> existing;
    private Text done;
    private Text next;
    private Text problems;
    private Button percentGiven;
    private Spinner percent;
    private Text milestone;
    private Combo status;
    private Combo unit;
    private Text evidence;
    private Text by;
    private AttachmentList attachments;
    private String error = "";

    public ProgressUpdateDialog(Shell parent, PlanEditor editor, KeyTask task, ReportingPeriod period, LocalDate today) {
        super(parent);
        this.editor = editor;
        this.task = task;
        this.period = period;
        this.today = today;
        this.existing = Updates.find(editor.getPlan(), task, period);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Dialog_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Dialog_title);
        setMessage(NLS.bind(Messages.Dialog_message, ModelLabels.element(task), Periods.label(period, Locale.getDefault())));
        existing.filter(u -> u.getStatus() == UpdateStatus.RETURNED && !u.getReturns().isEmpty())
                .ifPresent(u -> setMessage(NLS.bind(Messages.Dialog_returned,
                        text(u.getReturns().get(u.getReturns().size() - 1).getReason()))));
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);

        label(form, Messages.Dialog_unit);
        unit = new Combo(form, SWT.READ_ONLY);
        unit.setItems(task.getLeadUnits().stream().map(ModelLabels::element).toArray(String[]::new));
        int unitIndex = existing.map(u -> task.getLeadUnits().indexOf(u.getLeadUnit())).orElse(0);
        if (!task.getLeadUnits().isEmpty()) {
            unit.select(Math.max(0, unitIndex));
        }
        done = multi(form, Messages.Dialog_done, existing.map(u -> text(u.getDone())).orElse(""));
        next = multi(form, Messages.Dialog_next, existing.map(u -> text(u.getNextSteps())).orElse(""));
        problems = multi(form, Messages.Dialog_problems, existing.map(u -> text(u.getProblems())).orElse(""));

        label(form, Messages.Dialog_percent);
        Composite percentRow = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(percentRow);
        percentGiven = new Button(percentRow, SWT.CHECK);
        percent = new Spinner(percentRow, SWT.BORDER);
        percent.setValues(existing.map(ProgressUpdate::getPercent).orElse(0), 0, 100, 0, 1, 10);
        percentGiven.setSelection(existing.map(u -> u.getPercent() != null).orElse(true));
        percent.setEnabled(percentGiven.getSelection());
        percentGiven.addListener(SWT.Selection, e -> percent.setEnabled(percentGiven.getSelection()));

        milestone = single(form, Messages.Dialog_milestone, existing.map(u -> text(u.getMilestone())).orElse(""));
        label(form, Messages.Dialog_status);
        status = new Combo(form, SWT.READ_ONLY);
        status.setItems(STATUSES.stream().map(s -> ModelLabels.literal(PlanPackage.Literals.TASK_STATUS.getEEnumLiteral(s.getValue())))
                .toArray(String[]::new));
        TaskStatus current = existing.map(ProgressUpdate::getTaskStatus).orElse(TaskStatus.IN_PROGRESS);
        status.select(Math.max(0, STATUSES.indexOf(current)));
        evidence = single(form, Messages.Dialog_evidence,
                existing.map(u -> String.join(", ", u.getEvidenceItemIds())).orElse(""));
        label(form, Messages.Dialog_attachments);
        attachments = new AttachmentList(form, existing.<List<Attachment>>map(ProgressUpdate::getAttachments)
                .orElse(List.of()), this::setErrorMessage);
        existing.filter(u -> !u.getContributions().isEmpty()).ifPresent(u -> {
            label(form, Messages.Dialog_contributions);
            Label parts = new Label(form, SWT.WRAP);
            parts.setText(Contributions.text(u, "\n"));
            GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(parts);
        });
        by = single(form, Messages.Dialog_by, existing.map(ProgressUpdate::getSubmittedBy).filter(s -> !s.isBlank())
                .orElse(StoreAccess.currentUser()));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, SUBMIT, Messages.Dialog_submit, true);
        createButton(parent, DRAFT, Messages.Dialog_draft, false);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Prompt_cancel, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == SUBMIT || buttonId == DRAFT) {
            save(buttonId == SUBMIT);
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Builds and runs the command; true when it ran (the dialog then closes). */
    boolean save(boolean submit) {
        try {
            Command command = SupervisionCommands.saveUpdate(editor.getEditingDomain(), editor.getPlan(), draft(), submit,
                    attachments.added(), attachments.removed());
            editor.getEditingDomain().getCommandStack().execute(command);
            setReturnCode(submit ? SUBMIT : DRAFT);
            close();
            return true;
        } catch (Refusal refusal) {
            setErrorMessage(refusal.message(Locale.getDefault()));
            return false;
        }
    }

    private UpdateDraft draft() {
        Optional<Organization> lead = unit.getSelectionIndex() < 0 ? Optional.empty()
                : Optional.of(task.getLeadUnits().get(unit.getSelectionIndex()));
        List<String> ids = Arrays.stream(evidence.getText().split("[,，、\\s]+")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        return new UpdateDraft(task, period, lead, done.getText().trim(), next.getText().trim(), problems.getText().trim(),
                percentGiven.getSelection() ? Optional.of(percent.getSelection()) : Optional.empty(),
                milestone.getText().trim(), STATUSES.get(Math.max(0, status.getSelectionIndex())), ids,
                by.getText().trim(), today);
    }

    Text doneText() {
        return done;
    }

    Spinner percentSpinner() {
        return percent;
    }

    @Override
    public void setErrorMessage(String message) {
        error = message == null ? "" : message;
        super.setErrorMessage(message);
    }

    /** The refusal or read error shown now, empty when none. */
    String errorText() {
        return error;
    }

    AttachmentList attachments() {
        return attachments;
    }

    Text nextText() {
        return next;
    }

    private static String text(LocalizedText text) {
        return text == null ? "" : Texts.label(text, Locale.SIMPLIFIED_CHINESE);
    }

    private static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).applyTo(label);
    }

    private static Text multi(Composite parent, String caption, String value) {
        label(parent, caption);
        Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, true).hint(460, 60).applyTo(text);
        return text;
    }

    private static Text single(Composite parent, String caption, String value) {
        label(parent, caption);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }
}
