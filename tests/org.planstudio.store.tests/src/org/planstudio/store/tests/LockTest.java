package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;
import org.planstudio.store.internal.tools.HoldOpen;

/** Derby in one JVM does not lock against itself, so the other user is a child process. */
@Tag(TestStores.EMBEDDED_ONLY)
class LockTest {

    @TempDir
    Path temp;

    @Test
    @Timeout(180)
    void databaseOpenInAnotherProcessIsReportedAsLocked() throws Exception {
        Path folder = temp.resolve("db");
        StoreConfig config = StoreConfig.embedded(folder);
        try (PlanStore store = PlanStore.open(config)) {
            store.save(TestPlans.rich("plan-l"), 0, "张三", "");
        }
        try (ChildJvm child = ChildJvm.start(HoldOpen.class, temp, folder.toString())) {
            child.expect("OPEN");

            StoreException error = assertThrows(StoreException.class, () -> PlanStore.open(config).close());
            assertEquals(Reason.DATABASE_LOCKED, error.reason(), error.getMessage());
            String where = folder.toAbsolutePath().toString();
            assertTrue(error.getMessage().contains("Another Plan Studio") && error.getMessage().contains(where),
                    error.getMessage());
            assertTrue(error.message(Locale.SIMPLIFIED_CHINESE).contains("另一个 Plan Studio")
                    && error.message(Locale.SIMPLIFIED_CHINESE).contains(where), error.message(Locale.SIMPLIFIED_CHINESE));

            assertEquals(0, child.finish(), child.diagnostics());
            child.expect("CLOSED");
        }
        // Once the other process has closed the store cleanly, the folder is ours.
        try (PlanStore store = PlanStore.open(config)) {
            assertEquals(1, store.planInfo("plan-l").orElseThrow().latestRevision());
        }
    }
}
