package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;
import org.planstudio.store.AuditAction;
import org.planstudio.store.AuditEntry;
import org.planstudio.store.BaselineInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

class RevisionsTest {

    private static final int SAVES = 6;

    @TempDir
    Path temp;

    private StoreConfig config;

    @BeforeEach
    void setUp() {
        config = TestStores.config(temp.resolve("db"));
    }

    /** Revision n: the rich plan with n-dependent edits to the XMI part and to the registry. */
    private static Plan version(int n) {
        Plan plan = TestPlans.rich("plan-rev");
        plan.setDocumentNumber("京科发〔2024〕" + n + "号");
        plan.getPlatforms().get(0).setType("lab-v" + n);
        if (n % 2 == 0) {
            plan.getPlatforms().remove(1);
        }
        if (n >= 3) {
            plan.getJointProjects().get(0).getPartnerCountries().add(plan.getCountries().get(0));
        }
        return plan;
    }

    @Test
    void everySaveIsANewLoadableRevision() throws Exception {
        List<Plan> saved = new ArrayList<>();
        try (PlanStore store = PlanStore.open(config)) {
            for (int n = 1; n <= SAVES; n++) {
                Plan plan = version(n);
                assertEquals(n, store.save(plan, n - 1, "author" + n, "save " + n));
                saved.add(plan);
            }
        }
        try (PlanStore store = PlanStore.open(config)) {
            List<RevisionInfo> revisions = store.revisions("plan-rev");
            assertEquals(SAVES, revisions.size());
            for (int n = 1; n <= SAVES; n++) {
                RevisionInfo info = revisions.get(n - 1);
                assertEquals(n, info.revision());
                assertEquals("author" + n, info.author());
                assertEquals("save " + n, info.message());
                if (n > 1) {
                    assertTrue(!info.savedAt().isBefore(revisions.get(n - 2).savedAt()));
                }
                assertTrue(PlanResources.equal(saved.get(n - 1), store.load("plan-rev", n).plan()),
                        "revision " + n + " does not load as saved");
            }
            assertEquals(SAVES, store.planInfo("plan-rev").orElseThrow().latestRevision());
        }
    }

    @Test
    void unchangedItemsKeepTheirRowsAcrossRevisions() throws Exception {
        try (PlanStore store = PlanStore.open(config)) {
            store.save(version(1), 0, "a", "");
            store.save(version(1), 1, "a", "no change");
            Plan three = version(1);
            three.getExperts().get(0).setAffiliation("北京大学");
            store.save(three, 2, "a", "one item changed");
        }
        try (DirectDerby db = new DirectDerby(temp.resolve("db"))) {
            // 5 items in revision 1, none added by revision 2, one new version of the expert in 3.
            assertEquals(6, db.count("REGISTRY_ITEM"));
            assertEquals(List.of(List.of(1, 3), List.of(3, -1)), db.rows("SELECT FROM_REVISION,"
                    + " COALESCE(TO_REVISION, -1) FROM REGISTRY_ITEM WHERE ITEM_ID = 'expert-1' ORDER BY FROM_REVISION"));
        }
    }

    @Test
    void baselinesNameRevisions() throws Exception {
        try (PlanStore store = PlanStore.open(config)) {
            store.save(version(1), 0, "a", "");
            store.save(version(2), 1, "a", "");
            BaselineInfo draft = store.nameBaseline("plan-rev", 1, "征求意见稿", "王五");
            assertEquals(1, draft.revision());
            store.nameBaseline("plan-rev", 2, "2025 Q1", "王五");
            assertEquals(List.of("征求意见稿", "2025 Q1"), store.baselines("plan-rev").stream().map(BaselineInfo::name).toList());
            assertEquals(List.of("征求意见稿"), store.revisions("plan-rev").get(0).baselines());

            StoreException duplicate = assertThrows(StoreException.class,
                    () -> store.nameBaseline("plan-rev", 2, "征求意见稿", "王五"));
            assertEquals(Reason.ALREADY_EXISTS, duplicate.reason());
            assertEquals(Reason.NOT_FOUND,
                    assertThrows(StoreException.class, () -> store.nameBaseline("plan-rev", 9, "x", "a")).reason());
        }
    }

    @Test
    void missingPlansAndRevisionsAreReportedClearly() throws Exception {
        try (PlanStore store = PlanStore.open(config)) {
            assertEquals(Optional.empty(), store.loadLatest("nope"));
            StoreException plan = assertThrows(StoreException.class, () -> store.load("nope", 1));
            assertEquals(Reason.NOT_FOUND, plan.reason());
            assertTrue(plan.getMessage().contains("nope"), plan.getMessage());
            store.save(version(1), 0, "a", "");
            StoreException revision = assertThrows(StoreException.class, () -> store.load("plan-rev", 7));
            assertEquals(Reason.NOT_FOUND, revision.reason());
            assertEquals("Plan plan-rev has no revision 7.", revision.getMessage());
            assertEquals(Reason.NOT_FOUND, assertThrows(StoreException.class, () -> store.revisions("nope")).reason());
            assertEquals(Reason.NOT_FOUND,
                    assertThrows(StoreException.class, () -> store.save(version(2), 5, "a", "")).reason());
        }
    }

    @Test
    void everyChangeIsAudited() throws Exception {
        try (PlanStore store = PlanStore.open(config)) {
            store.save(version(1), 0, "张三", "created");
            store.save(version(2), 1, "李四", "edited");
            store.nameBaseline("plan-rev", 2, "final", "王五");
            Plan other = version(1);
            other.setId("plan-other");
            other.setTitle(Texts.of("另一个规划"));
            store.save(other, 0, "赵六", "");

            List<AuditEntry> forPlan = store.auditLog("plan-rev", 100);
            assertEquals(List.of(AuditAction.BASELINE_NAMED, AuditAction.REVISION_SAVED, AuditAction.PLAN_CREATED),
                    forPlan.stream().map(AuditEntry::action).toList());
            assertEquals(List.of("王五", "李四", "张三"), forPlan.stream().map(AuditEntry::actor).toList());
            assertEquals(OptionalInt.of(2), forPlan.get(1).revision());
            assertEquals("edited", forPlan.get(1).detail());

            List<AuditEntry> all = store.auditLog(100);
            assertEquals(AuditAction.SCHEMA_MIGRATED, all.get(all.size() - 1).action());
            assertEquals(Optional.of("plan-other"), all.get(0).planId());
            assertEquals(2, store.auditLog(2).size());
            assertTrue(all.get(0).id() > all.get(1).id());
        }
    }
}
