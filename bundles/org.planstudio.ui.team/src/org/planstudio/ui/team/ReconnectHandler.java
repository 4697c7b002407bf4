package org.planstudio.ui.team;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Reconnect to the Database: after the server was unreachable or the connection was lost
 * in a save. Open editors stay open with their unsaved edits, so the user saves again afterwards.
 */
public final class ReconnectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        Profiles profiles = Profiles.instance();
        Profile profile = Connector.folderGiven() ? Profile.alone(Profiles.defaultFolder())
                : profiles.chosen().orElse(Profile.alone(Profiles.defaultFolder()));
        new Connection(window, profiles, Passwords.defaults()).open(profile, Optional.empty(), false);
        return null;
    }
}
