package org.planstudio.ui.internal;

import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;

/**
 * The workbench's one connection to the plan store: opened on first use, closed when the
 * workbench shuts down. Derby allows one embedded owner per database folder, so every part of the
 * workbench must share this instance.
 */
public final class StoreAccess {

    private static PlanStore store;

    private StoreAccess() {
    }

    public static synchronized PlanStore store() throws StoreException {
        if (store == null) {
            store = PlanStore.open(StoreConfig.defaults());
        }
        return store;
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
    public static String storeKey() {
        return StoreConfig.defaults().toString();
    }

    public static String currentUser() {
        return System.getProperty("user.name", "?");
    }
}
