package org.planstudio.ui.supervision;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.supervision.Periods;
import org.planstudio.supervision.Refusal;
import org.planstudio.supervision.SupervisionCommands;
import org.planstudio.supervision.Updates;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.internal.StoreAccess;

/**
 * 配合单位报送: a supporting unit writes its part of the lead unit's update for the period; OK
 * runs one command on the editor's stack, a refusal stays in the dialog with the text typed.
 */
final class ContributionDialog extends TitleAreaDialog {

    private final PlanEditor editor;
    private final KeyTask task;
    private final ReportingPeriod period;
    private final LocalDate today;
    private Combo unit;
    private Text part;

    ContributionDialog(Shell parent, PlanEditor editor, KeyTask task, ReportingPeriod period, LocalDate today) {
        super(parent);
        this.editor = editor;
        this.task = task;
        this.period = period;
        this.today = today;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Action_contribute.replace("...", ""));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Action_contribute.replace("...", ""));
        setMessage(NLS.bind(Messages.Contribute_message, ModelLabels.element(task), Periods.label(period, Locale.getDefault())));
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        new Label(form, SWT.NONE).setText(Messages.Contribute_unit);
        unit = new Combo(form, SWT.READ_ONLY);
        unit.setItems(task.getSupportingUnits().stream().map(ModelLabels::element).toArray(String[]::new));
        if (task.getSupportingUnits().isEmpty()) {
            setErrorMessage(Messages.Contribute_none);
        } else {
            unit.select(0);
        }
        Updates.find(editor.getPlan(), task, period).filter(u -> !u.getContributions().isEmpty()).ifPresent(u -> {
            new Label(form, SWT.NONE).setText(Messages.Dialog_contributions);
            Label parts = new Label(form, SWT.WRAP);
            parts.setText(Contributions.text(u, "\n"));
            GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(parts);
        });
        Label caption = new Label(form, SWT.NONE);
        caption.setText(Messages.Contribute_text);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).applyTo(caption);
        part = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 80).applyTo(part);
        return area;
    }

    @Override
    protected void okPressed() {
        save();
    }

    /** Runs the command; true when it ran (the dialog then closes). */
    boolean save() {
        if (unit.getSelectionIndex() < 0) {
            setErrorMessage(Messages.Contribute_none);
            return false;
        }
        try {
            editor.getEditingDomain().getCommandStack().execute(SupervisionCommands.contribute(editor.getEditingDomain(),
                    editor.getPlan(), task, period, task.getSupportingUnits().get(unit.getSelectionIndex()),
                    part.getText().trim(), StoreAccess.currentUser(), today));
            setReturnCode(IDialogConstants.OK_ID);
            close();
            return true;
        } catch (Refusal refusal) {
            setErrorMessage(refusal.message(Locale.getDefault()));
            return false;
        }
    }

    Text partText() {
        return part;
    }
}
