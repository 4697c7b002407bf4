package org.planstudio.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;

/** The store helper: impact against the latest named baseline, and on save without re-marking reviewed links. */
class BaselineImpactTest {

    @TempDir
    Path temp;

    @Test
    void suspectAfterABaselineUntilReviewedAndNotMarkedAgainOnTheNextSave() throws Exception {
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(temp.resolve("db")))) {
            Plan plan = ChangeImpactTest.plan();
            assertTrue(BaselineImpact.sinceLatestBaseline(store, plan).isEmpty(), "not stored yet");
            int r1 = store.save(plan, 0, "tester", "draft");
            retitle(plan, "草稿修改");
            assertTrue(BaselineImpact.sinceLatestBaseline(store, plan).isEmpty(), "a draft has no baseline");
            int r2 = store.save(plan, r1, "tester", "draft 2");
            store.nameBaseline(plan.getId(), r2, "征求意见稿", "tester");

            Plan edited = store.loadLatest(plan.getId()).orElseThrow().plan();
            retitle(edited, "建设国际联合实验室");
            BaselineImpact impact = BaselineImpact.ofEdits(store, edited, r2).orElseThrow();
            assertEquals("征求意见稿", impact.baseline().name());
            assertEquals(List.of("t1"), impact.changed().stream().map(e -> e.getId()).toList());
            assertEquals(List.of("link.1", "link.2", "link.3", "link.4"), ids(impact.links()));
            new BasicCommandStack().execute(ChangeImpact.apply(impact.links()));
            int r3 = store.save(edited, r2, "tester", "retitled task 1");

            Plan reviewed = store.load(plan.getId(), r3).plan();
            assertEquals(List.of("link.1", "link.2", "link.3", "link.4"), ids(suspect(reviewed)), "stored with the plan");
            new BasicCommandStack().execute(ChangeImpact.review(reviewed.getTraceLinks().get(3)));
            // An unrelated edit: the reviewed link stays reviewed...
            ((KeyTask) PlanQueries.find(reviewed, "t2").orElseThrow()).setDomainId("ict");
            assertEquals(List.of(), BaselineImpact.ofEdits(store, reviewed, r3).orElseThrow().links());
            // ...though task 1 still differs from the baseline, as the report view shows.
            assertEquals(List.of("link.4"), ids(BaselineImpact.sinceLatestBaseline(store, reviewed).orElseThrow().links()));
            int r4 = store.save(reviewed, r3, "tester", "reviewed");

            // Task 1 changes again: the reviewed link is marked again.
            Plan again = store.load(plan.getId(), r4).plan();
            retitle(again, "建设国际联合实验室（修订）");
            assertEquals(List.of("link.4"), ids(BaselineImpact.ofEdits(store, again, r4).orElseThrow().links()));
        }
    }

    private static void retitle(Plan plan, String zh) {
        ((KeyTask) PlanQueries.find(plan, "t1").orElseThrow()).getTitle().setZh(zh);
    }

    private static List<TraceLink> suspect(Plan plan) {
        return plan.getTraceLinks().stream().filter(TraceLink::isSuspect).toList();
    }

    private static List<String> ids(List<TraceLink> links) {
        return links.stream().map(TraceLink::getId).toList();
    }
}
