package org.planstudio.ui.team;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;
import org.planstudio.store.StoreConfig;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.internal.StoreConnector;

/**
 * At start: the chosen profile, or on the first start the question; {@code -Dplanstudio.db}
 * (what the launcher passes for {@code PLANSTUDIO_DB}, and every test runtime) keeps meaning that
 * embedded folder, without a question.
 */
public final class Connector implements StoreConnector {

    @Override
    public boolean connect(IWorkbenchWindow window) {
        if (folderGiven()) {
            Where.show(window);
            return true;
        }
        Profiles profiles = Profiles.instance();
        Optional<Profile> chosen = profiles.chosen();
        Optional<String> typed = Optional.empty();
        boolean remember = false;
        if (chosen.isEmpty()) {
            Optional<FirstStartDialog.Answer> answer = FirstStartDialog.ask(window.getShell());
            if (answer.isEmpty()) {
                // Closed without a choice: alone for this time, and asked again next time.
                return new Connection(window, profiles, Passwords.defaults())
                        .open(Profile.alone(Profiles.defaultFolder()), Optional.empty(), false);
            }
            chosen = Optional.of(answer.get().profile());
            typed = Optional.of(answer.get().password());
            remember = answer.get().remember();
            try {
                profiles.save(chosen.get());
            } catch (BackingStoreException e) {
                ILog.of(Connector.class).warn(e.getMessage(), e);
            }
        }
        if (!chosen.get().config("").equals(StoreAccess.config())) {
            // Editors the workbench restored belong to the embedded database it opened for them.
            for (IWorkbenchPage page : window.getPages()) {
                if (!page.closeAllEditors(true)) {
                    return false;
                }
            }
        }
        return new Connection(window, profiles, Passwords.defaults()).open(chosen.get(), typed, remember);
    }

    static boolean folderGiven() {
        String folder = System.getProperty(StoreConfig.DATABASE_PROPERTY);
        return folder != null && !folder.isBlank();
    }
}
