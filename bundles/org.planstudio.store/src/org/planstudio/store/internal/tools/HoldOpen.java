package org.planstudio.store.internal.tools;

import java.nio.file.Path;

import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;

/**
 * Opens a store and keeps it open until stdin closes, printing {@code OPEN} and then
 * {@code CLOSED}: another process trying the same folder meanwhile must get DATABASE_LOCKED.
 *
 * <p>Usage: {@code HoldOpen <database folder>}
 */
public final class HoldOpen {

    private HoldOpen() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: HoldOpen <database folder>");
            System.exit(2);
        }
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(Path.of(args[0])))) {
            store.listPlans();
            System.out.println("OPEN");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the database until the parent closes our stdin
            }
        }
        System.out.println("CLOSED");
        System.out.flush();
    }
}
