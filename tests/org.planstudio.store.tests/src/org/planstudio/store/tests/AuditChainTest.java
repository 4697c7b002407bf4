package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;
import org.planstudio.store.AuditVerification;
import org.planstudio.store.PlanStore;
import org.planstudio.store.internal.Schema;

/** The audit log is a hash chain: a row altered or removed in the database afterwards is found. */
class AuditChainTest {

    @TempDir
    Path temp;

    private Path folder;
    private long entries;

    @BeforeEach
    void historyOfSeveralChanges() throws Exception {
        folder = temp.resolve("db");
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            Plan plan = TestPlans.rich("plan-audit");
            store.save(plan, 0, "张三", "first");
            plan.setTitle(Texts.of("改过的标题", "Changed title"));
            store.save(plan, 1, "李四", "second");
            store.nameBaseline("plan-audit", 2, "征求意见稿", "王五");
            store.deletePlan("plan-audit", "张三");
            store.restorePlan("plan-audit", "张三");
            entries = store.auditLog(100).size();
        }
    }

    private AuditVerification verify() throws Exception {
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            return store.verifyAuditLog();
        }
    }

    @Test
    void anUntouchedLogIsIntactAndEveryEntryIsChained() throws Exception {
        AuditVerification result = verify();
        assertTrue(result.intact(), result.toString());
        // The entries of migrations 1 to 3 come before the chain exists (data format 4 brings it).
        assertEquals(3, result.unchained());
        assertEquals(entries - 3, result.chained());
        assertEquals(64, result.headHash().orElseThrow().length());
        assertEquals(Schema.migrationCount() + 5, entries, "migrations, 2 saves, baseline, delete, restore");
    }

    @Test
    void anAlteredDetailIsFoundAtItsEntry() throws Exception {
        long id = entryOf("REVISION_SAVED");
        try (DirectDerby db = new DirectDerby(folder)) {
            db.execute("UPDATE AUDIT_LOG SET DETAIL = 'nothing to see' WHERE ENTRY_ID = " + id);
        }
        AuditVerification result = verify();
        assertFalse(result.intact());
        assertEquals(OptionalLong.of(id), result.brokenAt());
        assertEquals(AuditVerification.Break.ALTERED, result.reason().orElseThrow());
    }

    @Test
    void anAlteredActorOrTimeIsFound() throws Exception {
        long id = entryOf("BASELINE_NAMED");
        try (DirectDerby db = new DirectDerby(folder)) {
            db.execute("UPDATE AUDIT_LOG SET ACTOR = '赵六' WHERE ENTRY_ID = " + id);
        }
        assertEquals(OptionalLong.of(id), verify().brokenAt());
    }

    @Test
    void aRemovedEntryBreaksTheChainAtTheNextOne() throws Exception {
        long id = entryOf("PLAN_DELETED");
        try (DirectDerby db = new DirectDerby(folder)) {
            db.execute("DELETE FROM AUDIT_LOG WHERE ENTRY_ID = " + id);
        }
        AuditVerification result = verify();
        assertFalse(result.intact());
        assertTrue(result.brokenAt().getAsLong() > id, result.toString());
    }

    @Test
    void removingTheNewestEntryIsFoundThroughTheHead() throws Exception {
        long id = entryOf("PLAN_RESTORED");
        try (DirectDerby db = new DirectDerby(folder)) {
            db.execute("DELETE FROM AUDIT_LOG WHERE ENTRY_ID = " + id);
        }
        AuditVerification result = verify();
        assertFalse(result.intact());
        assertEquals(AuditVerification.Break.NEWEST_REMOVED, result.reason().orElseThrow());
    }

    private long entryOf(String action) throws Exception {
        try (DirectDerby db = new DirectDerby(folder)) {
            List<List<Object>> rows = db.rows("SELECT ENTRY_ID FROM AUDIT_LOG WHERE ACTION = '" + action + "'");
            assertEquals(1, rows.size(), action);
            return ((Number) rows.get(0).get(0)).longValue();
        }
    }
}
