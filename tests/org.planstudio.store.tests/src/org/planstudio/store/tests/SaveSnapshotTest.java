package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.store.ConcurrentSaveException;
import org.planstudio.store.ConflictPolicy;
import org.planstudio.store.PlanStore;
import org.planstudio.store.SaveResult;
import org.planstudio.store.SaveSnapshot;
import org.planstudio.store.StoreException;
import org.planstudio.store.internal.DerbyPlanStore;
import org.planstudio.store.internal.SaveHook;

/**
 * A save taken as a snapshot on the editing thread and written later, as the workbench saves: the
 * snapshot of a tracked plan holds only the rows its edits touched, edits made after it stay marked
 * for the next save, a failed write loses no mark, a stale base needs the full snapshot's merge,
 * and each write brings the plan's tracking up to the new revision.
 */
class SaveSnapshotTest {

    private static final String PLAN = "plan-snap";

    @TempDir
    Path temp;

    @Test
    void oneEditIsWrittenFromItsRowsAndEditsAfterTheSnapshotGoIntoTheNextSave() throws Exception {
        try (DerbyPlanStore store = (DerbyPlanStore) PlanStore.open(TestStores.config(temp.resolve("db")))) {
            Plan plan = storedAndLoaded(store);
            tasks(plan).get(0).setTitle(Texts.of("第一次保存的标题", "first save"));

            SaveSnapshot first = store.prepareSave(plan, 1);
            // Edited while the save job runs: not in this save, kept for the next one.
            tasks(plan).get(1).setStatus(TaskStatus.DELAYED);
            assertTrue(first.incremental());
            assertTrue(first.plan().isEmpty(), "an incremental snapshot copies no plan");
            assertEquals(2, store.save(first, "张三", "one title"));
            assertEquals(1, store.incrementalSaves());

            Plan second = store.load(PLAN, 2).plan();
            assertEquals("第一次保存的标题", tasks(second).get(0).getTitle().getZh());
            assertFalse(tasks(second).get(1).getStatus() == TaskStatus.DELAYED, "the later edit is not in r2");

            SaveSnapshot next = store.prepareSave(plan, 2);
            assertTrue(next.incremental(), "the tracker moved on to r2");
            assertEquals(3, store.save(next, "张三", "the status"));
            assertEquals(2, store.incrementalSaves());
            assertTrue(PlanResources.equal(plan, store.load(PLAN, 3).plan()), "r3 holds both edits");
            assertTrue(PlanResources.equal(second, store.load(PLAN, 2).plan()));
        }
    }

    @Test
    void aFailedWriteLosesNoMarkAndTheSnapshotMayBeWrittenAgain() throws Exception {
        try (DerbyPlanStore store = (DerbyPlanStore) PlanStore.open(TestStores.config(temp.resolve("db")))) {
            Plan plan = storedAndLoaded(store);
            tasks(plan).get(0).setTitle(Texts.of("失败后仍在", "kept after a failure"));
            SaveSnapshot snapshot = store.prepareSave(plan, 1);
            store.setSaveHook(new SaveHook() {
                @Override
                public void beforeCommit(String planId, int revision) {
                    throw new IllegalStateException("the connection went away");
                }
            });
            assertThrows(IllegalStateException.class, () -> store.save(snapshot, "张三", ""));
            assertEquals(1, store.planInfo(PLAN).orElseThrow().latestRevision(), "nothing committed");
            assertEquals(0, store.incrementalSaves());

            // The marks are all still there: a new snapshot has the edit, and so has the old one.
            SaveSnapshot again = store.prepareSave(plan, 1);
            assertTrue(again.incremental());
            store.setSaveHook(SaveHook.NONE);
            assertEquals(2, store.save(again, "张三", ""));
            assertEquals("失败后仍在", tasks(store.load(PLAN, 2).plan()).get(0).getTitle().getZh());

            tasks(plan).get(1).setTitle(Texts.of("第二次", "second"));
            assertEquals(3, store.save(store.prepareSave(plan, 2), "张三", ""));
            assertEquals(2, store.incrementalSaves());
            assertTrue(PlanResources.equal(plan, store.load(PLAN, 3).plan()));
        }
    }

    @Test
    void aSnapshotIsWrittenOnceAndOnlyByItsStore() throws Exception {
        try (DerbyPlanStore store = (DerbyPlanStore) PlanStore.open(TestStores.config(temp.resolve("a")));
                PlanStore other = PlanStore.open(TestStores.config(temp.resolve("b")))) {
            Plan plan = storedAndLoaded(store);
            tasks(plan).get(0).setNumber(9);
            SaveSnapshot snapshot = store.prepareSave(plan, 1);
            assertThrows(IllegalArgumentException.class, () -> other.save(snapshot, "张三", ""));
            assertEquals(2, store.save(snapshot, "张三", ""));
            assertThrows(IllegalStateException.class, () -> store.save(snapshot, "张三", ""));
            assertEquals(2, store.planInfo(PLAN).orElseThrow().latestRevision());
        }
    }

    @Test
    void aStaleIncrementalSnapshotIsRefusedAndTheFullOneMerges() throws Exception {
        try (DerbyPlanStore store = (DerbyPlanStore) PlanStore.open(TestStores.config(temp.resolve("db")))) {
            Plan plan = storedAndLoaded(store);
            tasks(plan).get(0).setTitle(Texts.of("我的", "mine"));
            Plan theirs = store.loadLatest(PLAN).orElseThrow().plan();
            tasks(theirs).get(1).setStatus(TaskStatus.DELAYED);
            assertEquals(2, store.save(theirs, 1, "李四", ""));

            SaveSnapshot incremental = store.prepareSave(plan, 1);
            assertTrue(incremental.incremental());
            assertThrows(ConcurrentSaveException.class,
                    () -> store.saveMerging(incremental, "张三", "", Map.of(), ConflictPolicy.FAIL));
            assertEquals(2, store.planInfo(PLAN).orElseThrow().latestRevision());

            SaveSnapshot full = store.prepareFullSave(plan, 1);
            assertFalse(full.incremental());
            SaveResult result = store.saveMerging(full, "张三", "", Map.of(), ConflictPolicy.FAIL);
            assertTrue(result.merged());
            assertEquals(3, result.saved().orElseThrow().revision());
            Plan merged = store.load(PLAN, 3).plan();
            assertEquals("我的", tasks(merged).get(0).getTitle().getZh());
            assertEquals(TaskStatus.DELAYED, tasks(merged).get(1).getStatus());
        }
    }

    @Test
    void aPlanTheStoreDidNotHandOutIsSavedWholeOnceAndTrackedAfterwards() throws Exception {
        try (DerbyPlanStore store = (DerbyPlanStore) PlanStore.open(TestStores.config(temp.resolve("db")))) {
            Plan plan = TestPlans.rich(PLAN);
            SaveSnapshot first = store.prepareSave(plan, 0);
            assertFalse(first.incremental());
            Plan copy = first.plan().orElseThrow();
            assertTrue(copy != plan && PlanResources.equal(copy, plan), "a copy of the whole plan");
            tasks(plan).get(0).setTitle(Texts.of("复制之后", "after the copy"));
            assertEquals(1, store.save(first, "张三", ""));
            assertFalse("复制之后".equals(tasks(store.load(PLAN, 1).plan()).get(0).getTitle().getZh()));

            SaveSnapshot second = store.prepareSave(plan, 1);
            assertTrue(second.incremental(), "tracked since its first save");
            assertEquals(2, store.save(second, "张三", ""));
            assertEquals(1, store.incrementalSaves());
            assertTrue(PlanResources.equal(plan, store.load(PLAN, 2).plan()));
            assertTrue(PlanResources.equal(EcoreUtil.copy(copy), store.load(PLAN, 1).plan()));
        }
    }

    @Test
    void aPlanWithAConflictStaysUnsavedAndItsMarksStay() throws StoreException {
        try (DerbyPlanStore store = (DerbyPlanStore) PlanStore.open(TestStores.config(temp.resolve("db")))) {
            Plan plan = storedAndLoaded(store);
            tasks(plan).get(0).setTitle(Texts.of("我的标题", "mine"));
            Plan theirs = store.loadLatest(PLAN).orElseThrow().plan();
            tasks(theirs).get(0).setTitle(Texts.of("对方的标题", "theirs"));
            store.save(theirs, 1, "李四", "");

            SaveResult refused = store.saveMerging(store.prepareFullSave(plan, 1), "张三", "", Map.of(),
                    ConflictPolicy.FAIL);
            assertFalse(refused.isSaved());
            assertFalse(refused.conflicts().isEmpty());
            // Cancelled: the user's edit is still pending on the original plan's base.
            SaveSnapshot later = store.prepareSave(plan, 1);
            assertTrue(later.incremental());
            assertThrows(ConcurrentSaveException.class, () -> store.save(later, "张三", ""));
            assertEquals(List.of(1, 2), store.revisions(PLAN).stream().map(r -> r.revision()).toList());
        }
    }

    /** Revision 1 of the test plan, as the store hands it out (tracked). */
    private static Plan storedAndLoaded(PlanStore store) throws StoreException {
        store.save(TestPlans.rich(PLAN), 0, "张三", "");
        return store.loadLatest(PLAN).orElseThrow().plan();
    }

    private static List<KeyTask> tasks(Plan plan) {
        return PlanQueries.tasks(plan);
    }
}
