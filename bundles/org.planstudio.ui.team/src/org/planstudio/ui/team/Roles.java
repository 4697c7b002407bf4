package org.planstudio.ui.team;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.planstudio.store.StoreConfig;
import org.planstudio.team.ServerAdmin;
import org.planstudio.team.TeamException;
import org.planstudio.team.TeamRole;

/** The signed-in user's team role, for the window title: every role may read the member list. */
final class Roles {

    private Roles() {
    }

    /** Empty when working alone, for the database's owner (no team role), or when it cannot be read. */
    static Optional<TeamRole> of(StoreConfig config) {
        if (config.engine() != StoreConfig.Engine.POSTGRESQL) {
            return Optional.empty();
        }
        String user = config.user().orElseThrow();
        try {
            return new ServerAdmin(config, ServerAdmin.DEFAULT_PREFIX).status().members().stream()
                    .filter(m -> m.user().equals(user)).map(m -> m.role()).findFirst();
        } catch (TeamException | RuntimeException e) {
            // Only the title loses the role; the connection itself worked.
            ILog.of(Roles.class).warn(e.getMessage(), e);
            return Optional.empty();
        }
    }

    static String label(TeamRole role) {
        return switch (role) {
            case ADMIN -> Messages.Role_ADMIN;
            case PLAN_EDITOR -> Messages.Role_PLAN_EDITOR;
            case DIVISION_EDITOR -> Messages.Role_DIVISION_EDITOR;
            case VIEWER -> Messages.Role_VIEWER;
        };
    }
}
