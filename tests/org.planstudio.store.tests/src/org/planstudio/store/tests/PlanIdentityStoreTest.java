package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.PlanDates;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;

/** The issue date (成文日期) and the plan a copy came from are stored; revisions without them still load. */
class PlanIdentityStoreTest {

    @TempDir
    Path temp;

    @Test
    void revisionsWithoutIssueDateLoadAndNewOnesKeepTheDay() throws Exception {
        StoreConfig config = TestStores.config(temp.resolve("db"));
        try (PlanStore store = PlanStore.open(config)) {
            // Written as a revision from before these attributes existed: neither is set.
            store.save(TestPlans.rich("plan-id"), 0, "张三", "");
            Plan next = TestPlans.rich("plan-id");
            next.setIssueDate(PlanDates.toDate(LocalDate.of(2024, 12, 31)));
            next.setDerivedFromPlanId("plan-2020");
            store.save(next, 1, "张三", "");
        }
        try (PlanStore store = PlanStore.open(config)) {
            Plan old = store.load("plan-id", 1).plan();
            assertNull(old.getIssueDate());
            assertNull(old.getDerivedFromPlanId());
            Plan latest = store.loadLatest("plan-id").orElseThrow().plan();
            assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), PlanDates.toLocalDate(latest.getIssueDate()));
            assertEquals("plan-2020", latest.getDerivedFromPlanId());
        }
    }
}
