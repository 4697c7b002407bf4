package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.ConcurrentSaveException;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;
import org.planstudio.store.StoredPlan;

class ConcurrencyTest {

    @TempDir
    Path temp;

    @Test
    void staleBaseIsRefusedAndTheWinnerStaysIntact() throws Exception {
        StoreConfig config = TestStores.config(temp.resolve("db"));
        try (PlanStore alice = PlanStore.open(config); PlanStore bob = PlanStore.open(config)) {
            alice.save(TestPlans.rich("plan-c"), 0, "alice", "created");
            StoredPlan aliceCopy = alice.loadLatest("plan-c").orElseThrow();
            StoredPlan bobCopy = bob.loadLatest("plan-c").orElseThrow();

            aliceCopy.plan().getPlatforms().get(0).setType("alice's edit");
            int won = alice.save(aliceCopy.plan(), aliceCopy.revision().revision(), "alice", "edit");
            assertEquals(2, won);

            bobCopy.plan().getPlatforms().get(0).setType("bob's edit");
            ConcurrentSaveException conflict = assertThrows(ConcurrentSaveException.class,
                    () -> bob.save(bobCopy.plan(), bobCopy.revision().revision(), "bob", "edit"));
            assertEquals(Reason.CONFLICT, conflict.reason());
            assertEquals(2, conflict.winningRevision());
            assertEquals("alice", conflict.winningAuthor());
            assertEquals(1, conflict.baseRevision());
            assertTrue(conflict.getMessage().contains("alice") && conflict.getMessage().contains("revision 2"),
                    conflict.getMessage());

            StoredPlan latest = bob.loadLatest("plan-c").orElseThrow();
            assertEquals(2, latest.revision().revision());
            assertTrue(PlanResources.equal(aliceCopy.plan(), latest.plan()), "the winner's revision changed");
            assertEquals(2, bob.revisions("plan-c").size());
        }
    }

    @Test
    void creatingAPlanThatExistsIsAConflict() throws Exception {
        try (PlanStore store = PlanStore.open(TestStores.config(temp.resolve("db")))) {
            store.save(TestPlans.rich("plan-c"), 0, "alice", "");
            StoreException conflict = assertThrows(StoreException.class,
                    () -> store.save(TestPlans.rich("plan-c"), 0, "bob", ""));
            assertInstanceOf(ConcurrentSaveException.class, conflict);
            assertEquals(1, store.revisions("plan-c").size());
        }
    }

    @Test
    @Timeout(120)
    void ofSimultaneousSavesFromOneBaseExactlyOneWins() throws Exception {
        StoreConfig config = TestStores.config(temp.resolve("db"));
        int writers = 4;
        List<PlanStore> stores = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int i = 0; i < writers; i++) {
                stores.add(PlanStore.open(config));
            }
            stores.get(0).save(TestPlans.rich("plan-race"), 0, "setup", "");
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                PlanStore store = stores.get(i);
                Plan plan = TestPlans.rich("plan-race");
                plan.setDocumentNumber("writer " + i);
                String author = "writer" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return store.save(plan, 1, author, "");
                    } catch (ConcurrentSaveException e) {
                        return -e.winningRevision();
                    }
                }));
            }
            start.countDown();
            List<Integer> outcomes = new ArrayList<>();
            for (Future<Integer> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, outcomes.stream().filter(r -> r == 2).count(), "outcomes " + outcomes);
            assertEquals(writers - 1, outcomes.stream().filter(r -> r == -2).count(), "outcomes " + outcomes);
            assertEquals(2, stores.get(0).revisions("plan-race").size());
        } finally {
            pool.shutdownNow();
            for (PlanStore store : stores) {
                store.close();
            }
        }
    }
}
