package org.planstudio.ui.team;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.planstudio.store.ServerAddress;
import org.planstudio.store.StoreConfig;

/** The profile's fields, shared by the preference page and the first start's dialog. */
final class ProfileFields {

    private final Button alone;
    private final Button office;
    private final Text folder;
    private final Text host;
    private final Text port;
    private final Text database;
    private final Text schema;
    private final Text user;
    private final Text password;
    private final Button remember;
    private final Combo tls;
    private final Text caFile;
    private final Composite root;

    ProfileFields(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.setLayout(new GridLayout(3, false));
        alone = radio(root, Messages.Fields_alone);
        label(root, Messages.Fields_folder);
        folder = text(root, SWT.BORDER);
        browse(root, () -> {
            DirectoryDialog dialog = new DirectoryDialog(root.getShell());
            dialog.setFilterPath(folder.getText());
            return Optional.ofNullable(dialog.open());
        }, folder);
        office = radio(root, Messages.Fields_office);
        host = field(root, Messages.Fields_host, SWT.BORDER);
        port = field(root, Messages.Fields_port, SWT.BORDER);
        database = field(root, Messages.Fields_database, SWT.BORDER);
        schema = field(root, Messages.Fields_schema, SWT.BORDER);
        user = field(root, Messages.Fields_user, SWT.BORDER);
        password = field(root, Messages.Fields_password, SWT.BORDER | SWT.PASSWORD);
        new Label(root, SWT.NONE);
        remember = new Button(root, SWT.CHECK);
        remember.setText(Messages.Fields_remember);
        remember.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        label(root, Messages.Fields_tls);
        tls = new Combo(root, SWT.READ_ONLY);
        tls.setItems(Messages.Tls_DISABLE, Messages.Tls_REQUIRE, Messages.Tls_VERIFY_CA, Messages.Tls_VERIFY_FULL);
        tls.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        label(root, Messages.Fields_caFile);
        caFile = text(root, SWT.BORDER);
        browse(root, () -> {
            FileDialog dialog = new FileDialog(root.getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.crt;*.pem", "*"});
            return Optional.ofNullable(dialog.open());
        }, caFile);
        alone.addListener(SWT.Selection, e -> enable());
        office.addListener(SWT.Selection, e -> enable());
        show(Profile.alone(Profiles.defaultFolder()), Optional.empty());
    }

    /** Fills the fields; {@code lastOffice} fills the office part while {@code profile} is "alone". */
    void show(Profile profile, Optional<Profile> lastOffice) {
        boolean isAlone = profile.kind() == Profile.Kind.ALONE;
        alone.setSelection(isAlone);
        office.setSelection(!isAlone);
        folder.setText(isAlone ? profile.folder().toString() : Profiles.defaultFolder().toString());
        Optional<Profile> server = isAlone ? lastOffice : Optional.of(profile);
        host.setText(server.map(Profile::host).orElse(""));
        port.setText(String.valueOf(server.map(Profile::port).orElse(ServerAddress.DEFAULT_PORT)));
        database.setText(server.map(Profile::database).orElse(StoreConfig.DEFAULT_SCHEMA));
        schema.setText(server.map(Profile::schema).orElse(StoreConfig.DEFAULT_SCHEMA));
        user.setText(server.map(Profile::user).orElse(""));
        tls.select(server.map(Profile::tls).orElse(TlsMode.VERIFY_FULL).ordinal());
        caFile.setText(server.map(Profile::caFile).orElse(""));
        enable();
    }

    void chooseOffice() {
        alone.setSelection(false);
        office.setSelection(true);
        enable();
    }

    /** @throws IllegalArgumentException naming the field to correct */
    Profile profile() {
        if (alone.getSelection()) {
            String text = folder.getText().strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException(Messages.Profile_noFolder);
            }
            return Profile.alone(Path.of(text));
        }
        int number;
        try {
            number = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.bind(Messages.Profile_badPort, port.getText()), e);
        }
        return Profile.office(host.getText(), number, database.getText(), schema.getText(), user.getText(),
                TlsMode.values()[Math.max(0, tls.getSelectionIndex())], caFile.getText());
    }

    String password() {
        return password.getText();
    }

    void setPassword(String text) {
        password.setText(Objects.requireNonNull(text));
    }

    boolean remember() {
        return remember.getSelection();
    }

    void setRemember(boolean value) {
        remember.setSelection(value);
    }

    private void enable() {
        boolean isOffice = office.getSelection();
        folder.setEnabled(!isOffice);
        for (Text each : new Text[] {host, port, database, schema, user, password, caFile}) {
            each.setEnabled(isOffice);
        }
        remember.setEnabled(isOffice);
        tls.setEnabled(isOffice);
        root.layout();
    }

    private static Button radio(Composite parent, String text) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return button;
    }

    private static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        GridData indent = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        indent.horizontalIndent = 20;
        label.setLayoutData(indent);
    }

    private static Text text(Composite parent, int style) {
        Text text = new Text(parent, style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        text.setLayoutData(data);
        return text;
    }

    private static Text field(Composite parent, String label, int style) {
        label(parent, label);
        Text text = text(parent, style);
        ((GridData) text.getLayoutData()).horizontalSpan = 2;
        return text;
    }

    private interface Chooser {
        Optional<String> choose();
    }

    private static void browse(Composite parent, Chooser chooser, Text target) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(Messages.Fields_browse);
        button.addListener(SWT.Selection, e -> chooser.choose().ifPresent(target::setText));
    }
}
