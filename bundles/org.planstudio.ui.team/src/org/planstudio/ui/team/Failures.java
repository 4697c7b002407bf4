package org.planstudio.ui.team;

import org.planstudio.store.StoreException;

/**
 * The title of the message the workbench shows for a failed connection or save; the text is the
 * store's own (it names the server and the user, never the password) in the user's language.
 */
final class Failures {

    private Failures() {
    }

    static String title(StoreException e) {
        return switch (e.reason()) {
            case AUTHENTICATION -> Messages.Failure_signIn;
            case PERMISSION_DENIED -> Messages.Failure_permission;
            case NOT_FOUND -> Messages.Failure_noDatabase;
            case DATABASE_LOCKED -> Messages.Failure_locked;
            default -> Messages.Failure_connect;
        };
    }
}
