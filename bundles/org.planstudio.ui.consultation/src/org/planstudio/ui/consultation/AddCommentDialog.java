package org.planstudio.ui.consultation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.planstudio.consultation.CommentCommands;
import org.planstudio.consultation.CommentCommands.NewComment;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.ConsultationKind;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.PlanClock;
import org.planstudio.ui.editor.PlanEditor;

/**
 * Records a comment on the elements chosen: which consultation it came from (or a new one), the
 * proposing unit, the day, the clause as written and the text. OK adds it as one undoable step.
 */
final class AddCommentDialog extends TitleAreaDialog {

    private final PlanEditor editor;
    private final Plan plan;
    private final List<Identified> concerns;
    private Combo consultation;
    private Text unit;
    private DateTime date;
    private Text clause;
    private Text text;
    private Command command;

    AddCommentDialog(Shell shell, PlanEditor editor, List<Identified> concerns) {
        super(shell);
        this.editor = editor;
        this.plan = editor.getPlan();
        this.concerns = List.copyOf(concerns);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Opens the dialog for the editor's plan and runs the command on its stack when confirmed. */
    static void openFor(Shell shell, PlanEditor editor, List<Identified> concerns) {
        AddCommentDialog dialog = new AddCommentDialog(shell, editor, concerns);
        if (dialog.open() == Window.OK && dialog.command != null) {
            editor.getEditingDomain().getCommandStack().execute(dialog.command);
        }
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(Messages.Add_title);
        setTitle(Messages.Add_title);
        setMessage(concerns.isEmpty() ? Messages.Add_noElement
                : NLS.bind(Messages.Add_message, String.join(Messages.Labels_separator,
                        concerns.stream().map(Labels::element).toList())));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        new Label(body, SWT.NONE).setText(Messages.Add_consultation);
        consultation = new Combo(body, SWT.READ_ONLY);
        plan.getConsultations().forEach(c -> consultation.add(Labels.source(c)));
        consultation.add(Messages.Add_newConsultation);
        consultation.select(Math.max(0, plan.getConsultations().size() - 1));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(consultation);

        new Label(body, SWT.NONE).setText(Messages.Add_unit);
        unit = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(unit);

        new Label(body, SWT.NONE).setText(Messages.Add_date);
        date = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        Dates.set(date, PlanClock.today());

        new Label(body, SWT.NONE).setText(Messages.Add_clause);
        clause = new Text(body, SWT.BORDER);
        clause.setText(concerns.size() == 1 ? Labels.element(concerns.get(0)) : "");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(clause);

        Label textLabel = new Label(body, SWT.NONE);
        textLabel.setText(Messages.Add_text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(textLabel);
        text = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(480, 120).applyTo(text);
        text.addModifyListener(e -> validate());
        text.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        boolean ok = !text.getText().isBlank();
        setErrorMessage(ok || text.getText().isEmpty() ? null : Messages.Add_noText);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(ok);
        }
    }

    @Override
    protected void okPressed() {
        Comment comment = CommentCommands.create(plan, new NewComment(concerns, unit.getText(), text.getText(),
                Optional.of(clause.getText()), Dates.get(date)));
        int index = consultation.getSelectionIndex();
        var editingDomain = editor.getEditingDomain();
        if (index >= 0 && index < plan.getConsultations().size()) {
            command = CommentCommands.add(editingDomain, plan.getConsultations().get(index), List.of(comment));
        } else {
            Consultation created = CommentCommands.newConsultation(Messages.Add_newConsultationTitle,
                    ConsultationKind.INTERNAL_REVIEW, Dates.get(date));
            created.getComments().add(comment);
            CompoundCommand both = new CompoundCommand(Messages.Add_title);
            both.append(CommentCommands.addConsultation(editingDomain, plan, created));
            command = both;
        }
        super.okPressed();
    }

    // For tests.
    Text textWidget() {
        return text;
    }

    Text unitWidget() {
        return unit;
    }

    Command command() {
        return command;
    }
}
