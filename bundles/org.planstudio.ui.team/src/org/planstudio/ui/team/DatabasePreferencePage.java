package org.planstudio.ui.team;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;
import org.planstudio.ui.internal.StoreAccess;

/** Window > Preferences > Plan Studio > Database: the profile, a connection test, and switching. */
public final class DatabasePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private final Profiles profiles = Profiles.instance();
    private final Passwords passwords = Passwords.defaults();
    private ProfileFields fields;
    private Label result;

    @Override
    public void init(IWorkbench workbench) {
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        // Wrapped labels need a width, else the page is as wide as their longest line.
        wrapped(root, Messages.Page_description);
        fields = new ProfileFields(root);
        Optional<Profile> chosen = profiles.chosen();
        fields.show(chosen.orElse(Profile.alone(Profiles.defaultFolder())), profiles.lastOffice());
        chosen.filter(p -> p.kind() == Profile.Kind.OFFICE).flatMap(passwords::find).ifPresent(stored -> {
            fields.setPassword(stored);
            fields.setRemember(true);
        });
        Button test = new Button(root, SWT.PUSH);
        test.setText(Messages.Page_test);
        test.addListener(SWT.Selection, e -> testConnection());
        result = wrapped(root, "");
        if (Connector.folderGiven()) {
            wrapped(root, Messages.bind(Messages.Page_folderGiven, System.getProperty(StoreConfig.DATABASE_PROPERTY)));
        }
        return root;
    }

    private static Label wrapped(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 480;
        label.setLayoutData(data);
        return label;
    }

    private Optional<Profile> profile() {
        try {
            setErrorMessage(null);
            return Optional.of(fields.profile());
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return Optional.empty();
        }
    }

    private void testConnection() {
        Optional<Profile> profile = profile();
        if (profile.isEmpty()) {
            return;
        }
        StoreConfig config = profile.get().config(fields.password());
        result.setText(Messages.bind(Messages.Connect_opening, Where.describe(config)));
        Job job = Job.create(Messages.bind(Messages.Connect_opening, Where.describe(config)), monitor -> {
            String text = probe(config, monitor);
            result.getDisplay().asyncExec(() -> {
                if (!result.isDisposed()) {
                    result.setText(text);
                    result.getParent().layout();
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private static String probe(StoreConfig config, IProgressMonitor monitor) {
        if (StoreAccess.config().equals(config)) {
            // The workbench holds it (embedded Derby admits one owner): asking the open store is the test.
            try {
                return Messages.bind(Messages.Page_testOk, Where.describe(config), StoreAccess.store().listPlans().size());
            } catch (StoreException e) {
                return e.getLocalizedMessage();
            }
        }
        try (PlanStore store = PlanStore.open(config)) {
            return Messages.bind(Messages.Page_testOk, Where.describe(config), store.listPlans().size());
        } catch (StoreException e) {
            return e.getLocalizedMessage();
        }
    }

    @Override
    public boolean performOk() {
        Optional<Profile> profile = profile();
        if (profile.isEmpty()) {
            return false;
        }
        try {
            profiles.save(profile.get());
            if (profile.get().kind() == Profile.Kind.OFFICE) {
                if (fields.remember() && !fields.password().isEmpty()) {
                    passwords.remember(profile.get(), fields.password());
                } else if (!fields.remember()) {
                    passwords.forget(profile.get());
                }
            }
        } catch (BackingStoreException | IOException | org.eclipse.equinox.security.storage.StorageException e) {
            setErrorMessage(Messages.bind(Messages.Page_notSaved, e.getMessage()));
            return false;
        }
        StoreConfig next = profile.get().config(fields.password());
        if (!next.equals(StoreAccess.config()) && !Connector.folderGiven()) {
            String password = fields.password();
            boolean remember = fields.remember();
            // After the preference dialog has closed: switching closes editors and may ask to sign in.
            getShell().getDisplay().asyncExec(() -> offerSwitch(profile.get(), password, remember));
        }
        return true;
    }

    private void offerSwitch(Profile profile, String password, boolean remember) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || !MessageDialog.openQuestion(window.getShell(), Messages.Switch_title,
                Messages.bind(Messages.Switch_question, Where.describe(profile.config(password))))) {
            return;
        }
        new Switch(window).to(profile, Optional.of(password), remember);
    }
}
