package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;
import org.planstudio.store.PlanStore;

/**
 * Element-level storage: every revision of a multi-revision history reads back equal to what
 * was saved, in any order, and a save writes rows only for the elements that changed.
 */
class PointInTimeTest {

    private static final String PLAN = "plan-pit";

    @TempDir
    Path temp;

    @Test
    void everyRevisionOfAHistoryReadsBackAsSaved() throws Exception {
        Path folder = temp.resolve("db");
        List<Plan> history = History.of(PLAN);
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            for (int i = 0; i < history.size(); i++) {
                assertEquals(i + 1, store.save(history.get(i), i, "张三", "revision " + (i + 1)));
            }
            // Newest first, then oldest first: no read depends on the one before it.
            for (int r = history.size(); r >= 1; r--) {
                assertTrue(PlanResources.equal(history.get(r - 1), store.load(PLAN, r).plan()), "revision " + r);
            }
        }
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            for (int r = 1; r <= history.size(); r++) {
                Plan loaded = store.load(PLAN, r).plan();
                assertTrue(PlanResources.equal(history.get(r - 1), loaded), "revision " + r);
                if (r > 1 && r < history.size()) {
                    // The check can fail: the history's revisions really differ (the last repeats the one before).
                    assertFalse(PlanResources.equal(history.get(r - 2), loaded), "revision " + r + " equals " + (r - 1));
                }
            }
        }
        try (DirectDerby db = new DirectDerby(folder)) {
            assertEquals(0, db.count("PLAN_REVISION WHERE STORAGE <> 'E'"), "every revision as element rows");
            assertEquals(0, db.count("PLAN_ELEMENT WHERE FROM_REVISION = 6"), "an unchanged save writes no row");
            assertEquals(0, db.count("PLAN_ELEMENT WHERE ELEMENT_ID = 'platform-lab'"), "registry items have their own tables");
            assertEquals(1, db.count("PLAN_ELEMENT WHERE ELEMENT_ID = 'link-guided'"), "links between elements are rows");
        }
    }

    @Test
    void aSaveWritesRowsOnlyForChangedElements() throws Exception {
        Path folder = temp.resolve("db");
        Plan plan = TestPlans.rich(PLAN);
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            store.save(plan, 0, "张三", "");
            Goal goal = plan.getGoals().get(0);
            goal.getIndicators().get(0).setUnit(Texts.of("个"));
            store.save(plan, 1, "张三", "one indicator");
            plan.getTaskAreas().get(0).getTasks().move(0, 1);
            store.save(plan, 2, "张三", "two tasks swap places");
            plan.getOrganizations().remove(1);
            plan.getIssuers().remove(1);
            plan.getTaskAreas().get(0).getTasks().forEach(t -> {
                t.getLeadUnits().removeIf(o -> o.getId().equals("org-zgc"));
                t.getSupportingUnits().removeIf(o -> o.getId().equals("org-zgc"));
            });
            store.save(plan, 3, "张三", "an organisation removed");
            assertTrue(PlanResources.equal(plan, store.loadLatest(PLAN).orElseThrow().plan()));
        }
        try (DirectDerby db = new DirectDerby(folder)) {
            assertEquals(List.of(List.of("ind-platforms")),
                    db.rows("SELECT ELEMENT_ID FROM PLAN_ELEMENT WHERE FROM_REVISION = 2"));
            assertEquals(List.of(List.of("task-1"), List.of("task-2")),
                    db.rows("SELECT ELEMENT_ID FROM PLAN_ELEMENT WHERE FROM_REVISION = 3 ORDER BY ELEMENT_ID"));
            // The plan (issuers), the tasks that referred to it and the organisations after it (position) change.
            assertEquals(List.of(List.of("org-zgc")),
                    db.rows("SELECT ELEMENT_ID FROM PLAN_ELEMENT WHERE TO_REVISION = 4 AND ELEMENT_ID NOT IN"
                            + " (SELECT ELEMENT_ID FROM PLAN_ELEMENT WHERE FROM_REVISION = 4)"));
        }
    }

    @Test
    void aPlanWhoseElementsCannotBeRowsIsStoredAsXmiAndReadsBackEqual() throws Exception {
        Path folder = temp.resolve("db");
        Plan plan = TestPlans.rich(PLAN);
        plan.getPrinciples().get(0).setId(null);
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            store.save(plan, 0, "张三", "a principle without id");
            assertTrue(PlanResources.equal(plan, store.load(PLAN, 1).plan()));
            Plan fixed = PlanResources.copy(plan);
            fixed.getPrinciples().get(0).setId("principle-1");
            store.save(fixed, 1, "张三", "id given");
            store.save(plan, 2, "张三", "id lost again");
            assertTrue(PlanResources.equal(plan, store.load(PLAN, 1).plan()));
            assertTrue(PlanResources.equal(fixed, store.load(PLAN, 2).plan()));
            assertTrue(PlanResources.equal(plan, store.load(PLAN, 3).plan()));
        }
        try (DirectDerby db = new DirectDerby(folder)) {
            assertEquals(List.of(List.of(1, "X"), List.of(2, "E"), List.of(3, "X")),
                    db.rows("SELECT REVISION, STORAGE FROM PLAN_REVISION ORDER BY REVISION"));
            assertEquals(0, db.count("PLAN_ELEMENT WHERE TO_REVISION IS NULL"), "an XMI revision closes every row");
        }
    }
}
