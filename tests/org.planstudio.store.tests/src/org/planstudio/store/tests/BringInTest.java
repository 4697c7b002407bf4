package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.merge.Conflict;
import org.planstudio.merge.Side;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.store.BringIn;
import org.planstudio.store.PlanStore;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoredPlan;

/**
 * What an open editor does when someone else saved: asks for the latest revision cheaply, and
 * brings it into its unsaved edits so that the next save is a plain one on the latest revision.
 */
class BringInTest {

    private static final String ID = "plan-live";

    @TempDir
    Path temp;

    private static KeyTask task(Plan plan, String id) {
        return plan.getTaskAreas().stream().flatMap(a -> a.getTasks().stream()).filter(t -> t.getId().equals(id))
                .findFirst().orElseThrow();
    }

    private PlanStore openWithRevision1() throws Exception {
        PlanStore store = PlanStore.open(TestStores.config(temp.resolve("db")));
        store.save(TestPlans.rich(ID), 0, "起草处", "draft");
        return store;
    }

    private static int otherUserSaves(PlanStore store, java.util.function.Consumer<Plan> edit) throws Exception {
        StoredPlan latest = store.loadLatest(ID).orElseThrow();
        edit.accept(latest.plan());
        return store.save(latest.plan(), latest.revision().revision(), "wangfang", "status of task 2");
    }

    @Test
    void latestRevisionNamesWhoSavedItAndIsEmptyForUnknownOrDeletedPlans() throws Exception {
        try (PlanStore store = openWithRevision1()) {
            otherUserSaves(store, p -> task(p, "task-2").setStatus(TaskStatus.DELAYED));

            RevisionInfo latest = store.latestRevision(ID).orElseThrow();
            assertEquals(2, latest.revision());
            assertEquals("wangfang", latest.author());
            assertEquals("status of task 2", latest.message());
            assertEquals(store.revisions(ID).get(1).savedAt(), latest.savedAt());
            assertTrue(store.latestRevision("no-such-plan").isEmpty());
            store.deletePlan(ID, "admin");
            assertTrue(store.latestRevision(ID).isEmpty());
        }
    }

    @Test
    void disjointEditsMergeAndTheNextSaveIsPlainOnTheLatest() throws Exception {
        try (PlanStore store = openWithRevision1()) {
            Plan mine = store.load(ID, 1).plan(); // tracked by the store, as an editor's plan may be
            task(mine, "task-1").getTitle().setZh("我在编辑器里改的");
            int theirs = otherUserSaves(store, p -> task(p, "task-2").setStatus(TaskStatus.DELAYED));

            BringIn bringIn = BringIn.prepare(store, mine, 1, Locale.CHINESE);
            assertTrue(bringIn.conflicts().isEmpty());
            assertEquals("wangfang", bringIn.theirs().author());
            BringIn.Outcome outcome = bringIn.resolve(Map.of());

            assertTrue(outcome.unsaved(), "my edit is still unsaved");
            assertEquals(theirs, outcome.baseRevision());
            assertEquals("我在编辑器里改的", task(outcome.plan(), "task-1").getTitle().getZh());
            assertEquals(TaskStatus.DELAYED, task(outcome.plan(), "task-2").getStatus());
            assertEquals("我在编辑器里改的", task(mine, "task-1").getTitle().getZh(), "mine is not modified");

            // A strict save: it would throw ConcurrentSaveException if the base were still stale.
            int saved = store.save(outcome.plan(), outcome.baseRevision(), "zhangwei", "both");
            Plan latest = store.loadLatest(ID).orElseThrow().plan();
            assertEquals(theirs + 1, saved);
            assertEquals("我在编辑器里改的", task(latest, "task-1").getTitle().getZh());
            assertEquals(TaskStatus.DELAYED, task(latest, "task-2").getStatus());
            assertEquals("both", store.revisions(ID).get(saved - 1).message());
        }
    }

    @Test
    void broughtInPlanKeepsSavingCorrectlyAfterFurtherEdits() throws Exception {
        try (PlanStore store = openWithRevision1()) {
            Plan mine = EcoreUtil.copy(store.load(ID, 1).plan()); // untracked, as a snapshot is
            task(mine, "task-1").getTitle().setZh("第一次");
            otherUserSaves(store, p -> task(p, "task-2").setStatus(TaskStatus.DELAYED));
            BringIn.Outcome outcome = BringIn.prepare(store, mine, 1, Locale.CHINESE).resolve(Map.of());

            int first = store.save(outcome.plan(), outcome.baseRevision(), "zhangwei", "");
            task(outcome.plan(), "task-1").getTitle().setZh("第二次");
            task(outcome.plan(), "task-2").setStatus(TaskStatus.IN_PROGRESS);
            store.save(outcome.plan(), first, "zhangwei", "");

            Plan latest = store.loadLatest(ID).orElseThrow().plan();
            assertTrue(EcoreUtil.equals(outcome.plan(), latest), "the store holds exactly the editor's plan");
        }
    }

    @Test
    void withoutEditsTheEditorGetsTheStoredRevisionAndIsClean() throws Exception {
        try (PlanStore store = openWithRevision1()) {
            Plan mine = store.load(ID, 1).plan();
            int theirs = otherUserSaves(store, p -> task(p, "task-2").setStatus(TaskStatus.DELAYED));

            BringIn.Outcome outcome = BringIn.prepare(store, mine, 1, Locale.CHINESE).resolve(Map.of());

            assertFalse(outcome.unsaved());
            assertEquals(theirs, outcome.baseRevision());
            assertEquals(TaskStatus.DELAYED, task(outcome.plan(), "task-2").getStatus());
            task(outcome.plan(), "task-1").getTitle().setZh("之后改的");
            store.save(outcome.plan(), theirs, "zhangwei", "");
            assertEquals("之后改的", task(store.loadLatest(ID).orElseThrow().plan(), "task-1").getTitle().getZh());
        }
    }

    @Test
    void sameFieldBothWaysIsAConflictSettledPerChoice() throws Exception {
        try (PlanStore store = openWithRevision1()) {
            Plan mine = store.load(ID, 1).plan();
            task(mine, "task-1").getTitle().setZh("我的");
            otherUserSaves(store, p -> task(p, "task-1").getTitle().setZh("王芳的"));

            BringIn bringIn = BringIn.prepare(store, mine, 1, Locale.CHINESE);
            Conflict conflict = bringIn.conflicts().get(0);
            assertEquals(1, bringIn.conflicts().size());
            assertEquals("title.zh", conflict.featurePath());

            BringIn.Outcome keptMine = bringIn.resolve(Map.of(conflict.key(), Side.MINE));
            assertTrue(keptMine.unsaved());
            assertEquals("我的", task(keptMine.plan(), "task-1").getTitle().getZh());
            BringIn.Outcome keptTheirs = bringIn.resolve(Map.of(conflict.key(), Side.THEIRS));
            assertFalse(keptTheirs.unsaved(), "nothing of mine is left");
            assertEquals("王芳的", task(keptTheirs.plan(), "task-1").getTitle().getZh());
            assertSame(keptTheirs.plan(), bringIn.resolve(Map.of()).plan(), "the stored revision itself");

            store.save(keptMine.plan(), keptMine.baseRevision(), "zhangwei", "");
            assertEquals("我的", task(store.loadLatest(ID).orElseThrow().plan(), "task-1").getTitle().getZh());
        }
    }
}
