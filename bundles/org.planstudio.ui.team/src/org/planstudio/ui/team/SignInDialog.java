package org.planstudio.ui.team;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the user name and password of an office profile, saying why when the server refused the last ones. */
final class SignInDialog extends Dialog {

    record Answer(String user, String password, boolean remember) {
    }

    private final Profile profile;
    private final Optional<String> refusal;
    private Text user;
    private Text password;
    private Button remember;
    private Answer answer;

    SignInDialog(Shell parent, Profile profile, Optional<String> refusal) {
        super(parent);
        this.profile = Objects.requireNonNull(profile);
        this.refusal = Objects.requireNonNull(refusal);
    }

    static Optional<Answer> ask(Shell parent, Profile profile, Optional<String> refusal) {
        SignInDialog dialog = new SignInDialog(parent, profile, refusal);
        return dialog.open() == OK ? Optional.of(dialog.answer) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.SignIn_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.bind(Messages.SignIn_intro, profile.database() + "@" + profile.host() + ":" + profile.port()));
        intro.setLayoutData(wide());
        refusal.ifPresent(text -> {
            Label error = new Label(area, SWT.WRAP);
            error.setText(text);
            error.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            error.setLayoutData(wide());
            error.setData("org.planstudio.ui.team.refusal", Boolean.TRUE);
        });
        new Label(area, SWT.NONE).setText(Messages.Fields_user);
        user = new Text(area, SWT.BORDER);
        user.setText(profile.user());
        user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText(Messages.Fields_password);
        password = new Text(area, SWT.BORDER | SWT.PASSWORD);
        password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        remember = new Button(area, SWT.CHECK);
        remember.setText(Messages.Fields_remember);
        remember.setSelection(true);
        remember.setLayoutData(wide());
        password.setFocus();
        return area;
    }

    private static GridData wide() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        data.widthHint = 420;
        return data;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.SignIn_ok, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        if (user.getText().isBlank()) {
            user.setFocus();
            return;
        }
        answer = new Answer(user.getText().strip(), password.getText(), remember.getSelection());
        super.okPressed();
    }
}
