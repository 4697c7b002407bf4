package org.planstudio.ui.internal;

import java.util.Objects;

import org.eclipse.core.runtime.ILog;

import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;

/**
 * The workbench's one connection to the plan store: opened on first use, closed when the
 * workbench shuts down. Derby allows one embedded owner per database folder, so every part of the
 * workbench must share this instance. The database is embedded Derby ({@link StoreConfig#defaults()})
 * until a {@link StoreConnector} chooses another one with {@link #use(StoreConfig)}.
 */
public final class StoreAccess {

    private static PlanStore store;
    // Until a connector chooses a database, the embedded default as it is when the store opens: a
    // -Dplanstudio.db set later (PLANSTUDIO_DB, a test's own database) takes effect at the next open.
    private static StoreConfig chosen;

    private StoreAccess() {
    }

    public static synchronized PlanStore store() throws StoreException {
        if (store == null) {
            store = PlanStore.open(config());
        }
        return store;
    }

    /**
     * Works on another database (or reconnects to the same one): closes the current store and opens
     * {@code next}; on failure the workbench keeps {@code next} and the next {@link #store()} tries
     * again. Call it off the UI thread: opening a server's store takes a round trip or more.
     */
    public static synchronized PlanStore use(StoreConfig next) throws StoreException {
        Objects.requireNonNull(next, "next");
        try {
            close();
        } catch (StoreException e) {
            // A lost connection does not close cleanly; the new one does not depend on it.
            ILog.of(StoreAccess.class).warn(e.getMessage(), e);
        }
        chosen = next;
        return store();
    }

    public static synchronized StoreConfig config() {
        return chosen != null ? chosen : StoreConfig.defaults();
    }

    public static synchronized void close() throws StoreException {
        if (store != null) {
            try {
                store.close();
            } finally {
                store = null;
            }
        }
    }

    /** Names the database the workbench works on, for state kept per database (the recovery journal). */
    public static synchronized String storeKey() {
        return config().toString();
    }

    /** Who saves: the server's user name on a shared database, else the computer's user. */
    public static synchronized String currentUser() {
        return config().user().orElse(System.getProperty("user.name", "?"));
    }
}
