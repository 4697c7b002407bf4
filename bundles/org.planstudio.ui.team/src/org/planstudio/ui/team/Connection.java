package org.planstudio.ui.team;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;
import org.planstudio.team.TeamRole;
import org.planstudio.ui.internal.OffUiThread;
import org.planstudio.ui.internal.StoreAccess;

/**
 * Opens a profile's store for the workbench: off the UI thread, with the stored password or,
 * when there is none or the server refuses it, the sign-in dialog; other failures are shown with
 * the choice to try again or to work alone for now.
 */
final class Connection {

    private final IWorkbenchWindow window;
    private final Profiles profiles;
    private final Passwords passwords;

    Connection(IWorkbenchWindow window, Profiles profiles, Passwords passwords) {
        this.window = Objects.requireNonNull(window);
        this.profiles = Objects.requireNonNull(profiles);
        this.passwords = Objects.requireNonNull(passwords);
    }

    /**
     * @param typed a password just typed (the profile's fields), else the stored one is used
     * @return false when the user gave up (the workbench then has no open store)
     */
    boolean open(Profile chosen, Optional<String> typed, boolean rememberTyped) {
        Profile profile = chosen;
        Optional<String> password = chosen.kind() == Profile.Kind.ALONE ? Optional.of("")
                : typed.filter(p -> !p.isEmpty()).or(() -> passwords.find(chosen));
        boolean remember = typed.isPresent() && rememberTyped;
        Optional<String> refusal = Optional.empty();
        while (true) {
            if (password.isEmpty()) {
                Optional<SignInDialog.Answer> answer = SignInDialog.ask(window.getShell(), profile, refusal);
                if (answer.isEmpty()) {
                    return false;
                }
                profile = profile.withUser(answer.get().user());
                password = Optional.of(answer.get().password());
                remember = answer.get().remember();
            }
            StoreConfig config = profile.config(password.get());
            Optional<TeamRole> role;
            try {
                role = OffUiThread.call(window.getWorkbench().getProgressService(),
                        Messages.bind(Messages.Connect_opening, Where.describe(config)), () -> {
                            StoreAccess.use(config);
                            return Roles.of(config);
                        });
            } catch (InterruptedException e) {
                return false;
            } catch (StoreException e) {
                ILog.of(Connection.class).warn(e.getMessage(), e);
                if (e.reason() == StoreException.Reason.AUTHENTICATION && profile.kind() == Profile.Kind.OFFICE) {
                    refusal = Optional.of(e.getLocalizedMessage());
                    password = Optional.empty();
                    continue;
                }
                int choice = MessageDialog.open(MessageDialog.ERROR, window.getShell(), Failures.title(e),
                        e.getLocalizedMessage(), 0, Messages.Connect_retry, Messages.Connect_workAlone,
                        IDialogConstants.CANCEL_LABEL);
                if (choice == 0) {
                    continue;
                }
                return choice == 1 && profile.kind() == Profile.Kind.OFFICE
                        && open(Profile.alone(Profiles.defaultFolder()), Optional.empty(), false);
            }
            keep(chosen, profile, password.get(), remember);
            Where.show(window, role);
            return true;
        }
    }

    // After a successful sign-in: the user name (if changed) and, if wanted, the password.
    private void keep(Profile chosen, Profile signedIn, String password, boolean remember) {
        if (signedIn.kind() != Profile.Kind.OFFICE) {
            return;
        }
        try {
            if (!signedIn.equals(chosen) && profiles.chosen().filter(chosen::equals).isPresent()) {
                profiles.save(signedIn);
            }
            if (remember) {
                passwords.remember(signedIn, password);
            }
        } catch (BackingStoreException | StorageException | IOException e) {
            // Connected all the same; next time the user is asked again.
            ILog.of(Connection.class).warn(Messages.Connect_notRemembered, e);
        }
    }
}
