package org.planstudio.ui.team;

import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.ui.IWorkbenchWindow;
import org.planstudio.store.StoreConfig;
import org.planstudio.team.TeamRole;
import org.planstudio.ui.internal.StoreAccess;

/** Says in the window title where the user works, so nobody edits the office plan unawares (or the reverse). */
final class Where {

    private Where() {
    }

    static String describe(StoreConfig config) {
        return describe(config, Optional.empty());
    }

    static String describe(StoreConfig config, Optional<TeamRole> role) {
        if (config.engine() == StoreConfig.Engine.DERBY) {
            return Messages.bind(Messages.Where_alone, config.databaseFolder());
        }
        String server = config.server().map(s -> s.database() + "@" + s.host()).orElse("?");
        String schema = config.schema().filter(s -> !s.equals(StoreConfig.DEFAULT_SCHEMA)).map(s -> "/" + s)
                .orElse("");
        String who = config.user().orElse("?") + role.map(r -> Messages.Where_separator + Roles.label(r)).orElse("");
        return Messages.bind(Messages.Where_office, server + schema, who);
    }

    static void show(IWorkbenchWindow window) {
        show(window, Optional.empty());
    }

    static void show(IWorkbenchWindow window, Optional<TeamRole> role) {
        if (window.getShell() == null || window.getShell().isDisposed()) {
            return;
        }
        String title = org.planstudio.ui.internal.Messages.App_title + " \u2014 " + describe(StoreAccess.config(), role);
        // The window's model holds the title: set on the shell alone, the next re-render drops it.
        MWindow model = window.getService(MWindow.class);
        if (model != null) {
            model.setLabel(title);
        }
        window.getShell().setText(title);
    }
}
