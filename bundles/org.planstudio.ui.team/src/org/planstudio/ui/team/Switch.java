package org.planstudio.ui.team;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/** Moves the workbench to another database: editors close first (each asks to save), then it connects. */
final class Switch {

    private final IWorkbenchWindow window;

    Switch(IWorkbenchWindow window) {
        this.window = Objects.requireNonNull(window);
    }

    /** @return false when an editor stayed open (the user cancelled a save prompt) or the sign-in was given up */
    boolean to(Profile profile, Optional<String> password, boolean remember) {
        for (IWorkbenchPage page : window.getPages()) {
            if (!page.closeAllEditors(true)) {
                return false;
            }
        }
        return new Connection(window, Profiles.instance(), Passwords.defaults()).open(profile, password, remember);
    }
}
