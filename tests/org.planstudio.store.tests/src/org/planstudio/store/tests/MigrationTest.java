package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.AuditAction;
import org.planstudio.store.BaselineInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.internal.Schema;
import org.planstudio.model.text.Texts;

/**
 * A database written by the data format 1 store (the fixture {@code fixtures/store-v1.zip}, made
 * by {@link V1FixtureMaker} from {@link History}) upgrades on open, and every revision it held
 * reads back equal to what was saved, before and after new revisions are added on top.
 */
@Tag(TestStores.EMBEDDED_ONLY)
class MigrationTest {

    @TempDir
    Path temp;

    @Test
    void formatOneDatabaseUpgradesAndEveryRevisionReadsBackEqual() throws Exception {
        StoreFiles.unzip("fixtures/store-v1.zip", temp);
        Path folder = temp.resolve("db");
        try (DirectDerby db = new DirectDerby(folder)) {
            assertEquals(1, Schema.currentVersion(db.connection()), "the fixture is a data format 1 database");
        }
        List<Plan> history = History.of(V1FixtureMaker.PLAN);
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(folder))) {
            assertEveryRevisionAsSaved(store, history);
            assertEquals(List.of("征求意见稿"), store.baselines(V1FixtureMaker.PLAN).stream()
                    .map(BaselineInfo::name).toList());
            assertEquals(V1FixtureMaker.BASELINE_REVISION, store.baselines(V1FixtureMaker.PLAN).get(0).revision());
            assertTrue(store.auditLog(100).stream().anyMatch(e -> e.action() == AuditAction.SCHEMA_MIGRATED
                    && e.detail().startsWith("schema version 3")), "the migration is in the audit log");

            // New revisions on top of migrated ones are element rows; the old ones still read the same.
            Plan next = PlanResources.copy(history.get(history.size() - 1));
            next.getGoals().get(0).getIndicators().get(0).setName(Texts.of("平台数量"));
            assertEquals(7, store.save(next, 6, "赵六", "after the upgrade"));
            Plan again = PlanResources.copy(next);
            again.setDocumentNumber("京科发〔2025〕2号");
            assertEquals(8, store.save(again, 7, "赵六", "a second one"));
            assertEveryRevisionAsSaved(store, history);
            assertTrue(PlanResources.equal(next, store.load(V1FixtureMaker.PLAN, 7).plan()));
            assertTrue(PlanResources.equal(again, store.load(V1FixtureMaker.PLAN, 8).plan()));
        }
        try (DirectDerby db = new DirectDerby(folder)) {
            assertEquals(Schema.latestVersion(), Schema.currentVersion(db.connection()));
            assertEquals(List.of(List.of(1, "X"), List.of(2, "X"), List.of(3, "X"), List.of(4, "X"), List.of(5, "X"),
                    List.of(6, "X"), List.of(7, "E"), List.of(8, "E")), db.rows("SELECT REVISION, STORAGE"
                            + " FROM PLAN_REVISION WHERE PLAN_ID = '" + V1FixtureMaker.PLAN + "' ORDER BY REVISION"));
            assertEquals(1, db.count("PLAN_ELEMENT WHERE FROM_REVISION = 8"), "one edited element, one new row");
        }
        // Reopening migrates nothing again and reads the same.
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(folder))) {
            assertEveryRevisionAsSaved(store, history);
            assertEquals(1, store.auditLog(1000).stream().filter(e -> e.action() == AuditAction.SCHEMA_MIGRATED
                    && e.detail().startsWith("schema version 3")).count());
        }
    }

    private void assertEveryRevisionAsSaved(PlanStore store, List<Plan> history) throws Exception {
        for (String plan : List.of(V1FixtureMaker.PLAN, V1FixtureMaker.OTHER)) {
            int count = plan.equals(V1FixtureMaker.PLAN) ? history.size() : 2;
            List<RevisionInfo> revisions = store.revisions(plan);
            assertTrue(revisions.size() >= count, plan + " has " + revisions.size() + " revisions");
            for (int r = 1; r <= count; r++) {
                Plan expected = PlanResources.load(temp.resolve("expected").resolve(plan + "-r" + r + ".plan"));
                Plan loaded = store.load(plan, r).plan();
                assertTrue(PlanResources.equal(expected, loaded), plan + " revision " + r + " differs from its export");
                if (plan.equals(V1FixtureMaker.PLAN)) {
                    assertTrue(PlanResources.equal(history.get(r - 1), loaded),
                            plan + " revision " + r + " differs from what was saved");
                }
            }
        }
    }
}
