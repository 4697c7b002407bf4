package org.planstudio.ui.consultation;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.planstudio.consultation.CommentCommands.Decision;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.text.PlanClock;
import org.planstudio.model.text.PlanDates;
import org.planstudio.ui.internal.StoreAccess;

/** Decide on a comment: disposition, reason, who decided and on which day. */
final class DecideDialog extends TitleAreaDialog {

    private final Comment comment;
    private Combo disposition;
    private Text reason;
    private Text decidedBy;
    private DateTime decidedOn;
    private Decision decision;

    DecideDialog(Shell shell, Comment comment) {
        super(shell);
        this.comment = comment;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(Messages.Decide_title);
        setTitle(Messages.Decide_title);
        setMessage(NLS.bind(Messages.Decide_message, Labels.unit(comment), Labels.text(comment)));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        new Label(body, SWT.NONE).setText(Messages.Decide_disposition);
        disposition = new Combo(body, SWT.READ_ONLY);
        for (Disposition d : Disposition.values()) {
            disposition.add(Labels.disposition(d));
        }
        disposition.select((comment.getDisposition() == null ? Disposition.PENDING : comment.getDisposition()).getValue());

        Label reasonLabel = new Label(body, SWT.NONE);
        reasonLabel.setText(Messages.Decide_reason);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(reasonLabel);
        reason = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        reason.setText(Labels.reason(comment));
        GridDataFactory.fillDefaults().grab(true, true).hint(480, 100).applyTo(reason);

        new Label(body, SWT.NONE).setText(Messages.Decide_decidedBy);
        decidedBy = new Text(body, SWT.BORDER);
        decidedBy.setText(comment.getDecidedBy() != null ? comment.getDecidedBy() : StoreAccess.currentUser());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(decidedBy);

        new Label(body, SWT.NONE).setText(Messages.Decide_decidedOn);
        decidedOn = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        Dates.set(decidedOn, PlanDates.toLocalDate(comment.getDecidedOn()).orElse(PlanClock.today()));
        return area;
    }

    @Override
    protected void okPressed() {
        Disposition chosen = Disposition.get(disposition.getSelectionIndex());
        if (chosen != Disposition.PENDING && chosen != Disposition.ADOPTED && reason.getText().isBlank()) {
            // Partly or not adopted without a reason is what the leadership will ask about first.
            setErrorMessage(Messages.Decide_noReason);
            return;
        }
        decision = new Decision(chosen, reason.getText(), decidedBy.getText(), Dates.get(decidedOn));
        super.okPressed();
    }

    Decision decision() {
        return decision;
    }
}
