package org.planstudio.ui.team;

import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** The first start's question: work alone on this computer, or connect to the office database. */
final class FirstStartDialog extends Dialog {

    record Answer(Profile profile, String password, boolean remember) {
    }

    private ProfileFields fields;
    private Label problem;
    private Answer answer;

    FirstStartDialog(Shell parent) {
        super(parent);
    }

    static Optional<Answer> ask(Shell parent) {
        FirstStartDialog dialog = new FirstStartDialog(parent);
        return dialog.open() == OK ? Optional.of(dialog.answer) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.FirstStart_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.FirstStart_intro);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 520;
        intro.setLayoutData(data);
        fields = new ProfileFields(area);
        Profiles.instance().lastOffice().ifPresent(office -> fields.show(Profile.alone(Profiles.defaultFolder()),
                Optional.of(office)));
        fields.setRemember(true);
        problem = new Label(area, SWT.WRAP);
        problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.FirstStart_ok, true);
    }

    @Override
    protected void okPressed() {
        try {
            answer = new Answer(fields.profile(), fields.password(), fields.remember());
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            problem.getParent().layout();
            return;
        }
        super.okPressed();
    }
}
