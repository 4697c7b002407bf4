package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.AuditAction;
import org.planstudio.store.AuditEntry;
import org.planstudio.store.DeletedPlanInfo;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;
import org.planstudio.store.internal.Schema;

/** Delete Plan marks a plan deleted and keeps everything; restore brings it back unchanged. */
class DeletePlanTest {

    @TempDir
    Path temp;

    private StoreConfig config;

    @BeforeEach
    void setUp() {
        config = TestStores.config(temp.resolve("db"));
    }

    @Test
    void deletedPlanLeavesTheListKeepsItsRevisionsAndComesBackOnRestore() throws Exception {
        Plan first = TestPlans.rich("plan-del");
        try (PlanStore store = PlanStore.open(config)) {
            store.save(first, 0, "张三", "created");
            Plan second = TestPlans.rich("plan-del");
            second.setDocumentNumber("京科发〔2024〕279号");
            store.save(second, 1, "张三", "edited");
            store.nameBaseline("plan-del", 2, "征求意见版", "张三");
            store.save(TestPlans.rich("plan-keep"), 0, "李四", "");

            DeletedPlanInfo deleted = store.deletePlan("plan-del", "王五");
            assertEquals("plan-del", deleted.plan().id());
            assertEquals(2, deleted.plan().latestRevision());
            assertEquals("王五", deleted.deletedBy());
            assertEquals(List.of("plan-keep"), store.listPlans().stream().map(PlanInfo::id).toList());
            assertEquals(Optional.empty(), store.planInfo("plan-del"));
            assertEquals(List.of("plan-del"), store.listDeletedPlans().stream().map(d -> d.plan().id()).toList());

            // Revisions, baselines and export still read: a deleted plan can be inspected and handed out.
            assertEquals(2, store.revisions("plan-del").size());
            assertEquals(1, store.baselines("plan-del").size());
            assertTrue(EcoreUtil.equals(first, store.load("plan-del", 1).plan()));
            Path file = temp.resolve("deleted.plan");
            store.exportRevision("plan-del", 2, file);
            assertEquals("京科发〔2024〕279号", PlanResources.load(file).getDocumentNumber());

            List<AuditEntry> audit = store.auditLog("plan-del", 10);
            assertEquals(AuditAction.PLAN_DELETED, audit.get(0).action());
            assertEquals("王五", audit.get(0).actor());
        }
        // The mark survives a restart of the store.
        try (PlanStore store = PlanStore.open(config)) {
            assertEquals(1, store.listDeletedPlans().size());
            PlanInfo restored = store.restorePlan("plan-del", "赵六");
            assertEquals(2, restored.latestRevision());
            assertEquals(List.of("plan-del", "plan-keep"), store.listPlans().stream().map(PlanInfo::id).toList());
            assertEquals(List.of(), store.listDeletedPlans());
            List<AuditEntry> audit = store.auditLog("plan-del", 10);
            assertEquals(List.of(AuditAction.PLAN_RESTORED, AuditAction.PLAN_DELETED, AuditAction.BASELINE_NAMED,
                    AuditAction.REVISION_SAVED, AuditAction.PLAN_CREATED),
                    audit.stream().map(AuditEntry::action).toList());
            assertEquals("赵六", audit.get(0).actor());
            // Restored means editable again: the next save continues its history.
            assertEquals(3, store.save(TestPlans.rich("plan-del"), 2, "赵六", ""));
        }
    }

    @Test
    void aNewPlanWithTheIdOfADeletedPlanIsRefusedWithAClearMessage() throws Exception {
        try (PlanStore store = PlanStore.open(config)) {
            store.save(TestPlans.rich("plan-del"), 0, "张三", "");
            store.deletePlan("plan-del", "王五");

            StoreException error = assertThrows(StoreException.class,
                    () -> store.save(TestPlans.rich("plan-del"), 0, "李四", ""));
            assertEquals(Reason.ALREADY_EXISTS, error.reason());
            assertTrue(error.getMessage().contains("plan-del") && error.getMessage().contains("王五")
                    && error.getMessage().contains("restore"), error.getMessage());
            assertTrue(error.message(Locale.CHINESE).contains("恢复"), error.message(Locale.CHINESE));

            // Nor can an editor still holding the deleted plan, or an import of its file, add a revision.
            StoreException save = assertThrows(StoreException.class,
                    () -> store.save(TestPlans.rich("plan-del"), 1, "李四", ""));
            assertEquals(Reason.ALREADY_EXISTS, save.reason());
            Path file = temp.resolve("p.plan");
            PlanResources.save(TestPlans.rich("plan-del"), file);
            assertThrows(StoreException.class, () -> store.importPlan(file, "李四", ""));
            assertEquals(1, store.revisions("plan-del").size(), "nothing was added to the deleted plan");
        }
    }

    @Test
    void deletingTwiceUnknownPlansAndRestoringALivePlanAreRefused() throws Exception {
        try (PlanStore store = PlanStore.open(config)) {
            store.save(TestPlans.rich("plan-a"), 0, "张三", "");
            assertEquals(Reason.NOT_FOUND, assertThrows(StoreException.class,
                    () -> store.deletePlan("no-such-plan", "张三")).reason());
            assertEquals(Reason.NOT_FOUND, assertThrows(StoreException.class,
                    () -> store.restorePlan("plan-a", "张三")).reason());
            store.deletePlan("plan-a", "张三");
            StoreException twice = assertThrows(StoreException.class, () -> store.deletePlan("plan-a", "张三"));
            assertTrue(twice.getMessage().contains("already deleted"), twice.getMessage());
            assertEquals(1, store.auditLog("plan-a", 10).stream()
                    .filter(e -> e.action() == AuditAction.PLAN_DELETED).count());
        }
    }

    /** A database of data format 1 (before plans could be deleted) upgrades with its plans live. */
    @Test
    void plansOfAVersionOneDatabaseStayLiveAfterTheUpgrade() throws Exception {
        Path folder = temp.resolve("v1");
        try (DirectDerby db = DirectDerby.create(folder)) {
            for (String sql : statements(TestStores.postgresql() ? "sql/postgresql/V001__initial.sql"
                    : "sql/V001__initial.sql")) {
                db.execute(sql);
            }
            db.execute("INSERT INTO SCHEMA_VERSION VALUES (1, 'initial', CURRENT_TIMESTAMP)");
            db.execute("INSERT INTO PLAN VALUES ('old-plan', '旧规划', 'Old plan', 1, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
        }
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            assertEquals(List.of("old-plan"), store.listPlans().stream().map(PlanInfo::id).toList());
            assertEquals(List.of(), store.listDeletedPlans());
            assertEquals(AuditAction.PLAN_DELETED, audit(store.deletePlan("old-plan", "张三"), store));
        }
        try (DirectDerby db = new DirectDerby(folder)) {
            assertEquals(Schema.latestVersion(), Schema.currentVersion(db.connection()));
        }
    }

    private static AuditAction audit(DeletedPlanInfo deleted, PlanStore store) throws StoreException {
        assertFalse(deleted.deletedAt().toString().isEmpty());
        return store.auditLog(deleted.plan().id(), 1).get(0).action();
    }

    /** The released script as the store ran it then: statements end with ';' at a line end. */
    private static List<String> statements(String script) throws IOException {
        try (InputStream in = Schema.class.getResourceAsStream(script)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder kept = new StringBuilder();
            for (String line : text.split("\\R")) {
                if (!line.strip().startsWith("--")) {
                    kept.append(line).append('\n');
                }
            }
            return List.of(kept.toString().split(";\\s*\\n")).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
    }
}
