package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.merge.Conflict;
import org.planstudio.merge.Side;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.store.AuditAction;
import org.planstudio.store.ConcurrentSaveException;
import org.planstudio.store.ConflictPolicy;
import org.planstudio.store.ImportResult;
import org.planstudio.store.ImportResult.Outcome;
import org.planstudio.store.PlanStore;
import org.planstudio.store.SaveResult;
import org.planstudio.store.StoreException;

/** Saves from a stale base and imports of changed exports merge instead of overwriting. */
class MergingStoreTest {

    private static final String ID = "plan-merge";

    @TempDir
    Path temp;

    private static KeyTask task(Plan plan, String id) {
        return plan.getTaskAreas().stream().flatMap(a -> a.getTasks().stream()).filter(t -> t.getId().equals(id))
                .findFirst().orElseThrow();
    }

    private PlanStore openWithRevision1() throws StoreException {
        PlanStore store = PlanStore.open(TestStores.config(temp.resolve("db")));
        store.save(TestPlans.rich(ID), 0, "起草处", "draft");
        return store;
    }

    @Test
    void staleSaveOfAnotherElementMergesAndSaysSo() throws Exception {
        try (PlanStore store = openWithRevision1()) {
            Plan theirs = store.load(ID, 1).plan();
            task(theirs, "task-2").setStatus(TaskStatus.IN_PROGRESS);
            store.save(theirs, 1, "卫生处", "health");
            Plan mine = store.load(ID, 1).plan();
            task(mine, "task-1").getTitle().setZh("信息化处的任务");

            assertThrows(ConcurrentSaveException.class, () -> store.save(mine, 1, "信息化处", "strict"));
            SaveResult result = store.saveMerging(mine, 1, "信息化处", "it", ConflictPolicy.FAIL);

            assertTrue(result.isSaved());
            assertTrue(result.merged());
            assertEquals(2, result.mergedOnto().orElseThrow().revision());
            assertEquals(3, result.saved().orElseThrow().revision());
            assertEquals("it (merge r1 \u2192 r2)", result.saved().orElseThrow().message());
            Plan latest = store.loadLatest(ID).orElseThrow().plan();
            assertEquals("信息化处的任务", task(latest, "task-1").getTitle().getZh());
            assertEquals(TaskStatus.IN_PROGRESS, task(latest, "task-2").getStatus());
            var audit = store.auditLog(ID, 1).get(0);
            assertEquals(AuditAction.REVISION_MERGED, audit.action());
            assertTrue(audit.detail().contains("merge of revision 1 onto 2"), audit.detail());
        }
    }

    @Test
    void conflictingStaleSaveWritesNothingUntilSettled() throws Exception {
        try (PlanStore store = openWithRevision1()) {
            Plan theirs = store.load(ID, 1).plan();
            task(theirs, "task-1").getTitle().setZh("他们的");
            store.save(theirs, 1, "卫生处", "");
            Plan mine = store.load(ID, 1).plan();
            task(mine, "task-1").getTitle().setZh("我的");

            SaveResult open = store.saveMerging(mine, 1, "信息化处", "", ConflictPolicy.FAIL);
            assertFalse(open.isSaved());
            assertEquals(2, store.revisions(ID).size());
            Conflict conflict = open.conflicts().get(0);
            assertEquals(List.of("task-1", "title.zh"), List.of(conflict.elementId(), conflict.featurePath()));
            assertEquals("卫生处", open.mergedOnto().orElseThrow().author());

            SaveResult settled = store.saveMerging(mine, 1, "信息化处", "", Map.of(conflict.key(), Side.MINE),
                    ConflictPolicy.FAIL);
            assertEquals(3, settled.saved().orElseThrow().revision());
            assertEquals("我的", task(store.loadLatest(ID).orElseThrow().plan(), "task-1").getTitle().getZh());
        }
    }

    @Test
    void saveFromTheLatestIsAPlainSave() throws Exception {
        try (PlanStore store = openWithRevision1()) {
            Plan mine = store.load(ID, 1).plan();
            mine.setDocumentNumber("京科发〔2024〕1号");
            SaveResult result = store.saveMerging(mine, 1, "信息化处", "plain", ConflictPolicy.FAIL);
            assertFalse(result.merged());
            assertEquals("plain", result.saved().orElseThrow().message());
            assertEquals(AuditAction.REVISION_SAVED, store.auditLog(ID, 1).get(0).action());
        }
    }

    /** The scenario: two divisions change different tasks in copies of one export; both survive. */
    @Test
    void twoDivisionsImportingTheirCopiesKeepBothEdits() throws Exception {
        try (PlanStore store = openWithRevision1()) {
            Path it = exportedCopy(store, "it.plan", p -> task(p, "task-1").getTitle().setZh("信息化处改的"));
            Path health = exportedCopy(store, "health.plan", p -> task(p, "task-2").setStatus(TaskStatus.DELAYED));

            ImportResult first = store.importPlan(it, "信息化处", "", Map.of(), ConflictPolicy.FAIL);
            ImportResult second = store.importPlan(health, "卫生处", "", Map.of(), ConflictPolicy.FAIL);

            assertEquals(Outcome.SAVED, first.outcome());
            assertEquals(Outcome.MERGED, second.outcome());
            assertEquals(1, second.baseRevision());
            assertEquals(3, second.saved().orElseThrow().revision());
            Plan latest = store.loadLatest(ID).orElseThrow().plan();
            assertEquals("信息化处改的", task(latest, "task-1").getTitle().getZh());
            assertEquals(TaskStatus.DELAYED, task(latest, "task-2").getStatus());
        }
    }

    @Test
    void conflictingImportWritesNothingUnlessAPolicyDecides() throws Exception {
        try (PlanStore store = openWithRevision1()) {
            Path it = exportedCopy(store, "it.plan", p -> task(p, "task-1").getTitle().setZh("信息化处改的"));
            Path health = exportedCopy(store, "health.plan", p -> task(p, "task-1").getTitle().setZh("卫生处改的"));
            store.importPlan(it, "信息化处", "");

            ImportResult refused = store.importPlan(health, "卫生处", "", Map.of(), ConflictPolicy.FAIL);
            assertEquals(Outcome.CONFLICTS, refused.outcome());
            assertEquals(1, refused.conflicts().size());
            assertEquals(2, store.revisions(ID).size());
            StoreException error = assertThrows(StoreException.class, () -> store.importPlan(health, "卫生处", ""));
            assertEquals(StoreException.Reason.CONFLICT, error.reason());
            assertEquals(2, store.revisions(ID).size());

            ImportResult mine = store.importPlan(health, "卫生处", "", Map.of(), ConflictPolicy.MINE);
            assertEquals(Outcome.MERGED, mine.outcome());
            assertEquals("卫生处改的", task(store.loadLatest(ID).orElseThrow().plan(), "task-1").getTitle().getZh());
        }
    }

    @Test
    void fileWithoutBaseRevisionReplacesThePlanAndSaysSo() throws Exception {
        try (PlanStore store = openWithRevision1()) {
            Plan changed = store.load(ID, 1).plan();
            task(changed, "task-1").getTitle().setZh("手写的文件");
            Path file = temp.resolve("by-hand.plan");
            PlanResources.save(changed, file);
            Plan theirs = store.load(ID, 1).plan();
            task(theirs, "task-2").setStatus(TaskStatus.COMPLETED);
            store.save(theirs, 1, "卫生处", "");

            ImportResult result = store.importPlan(file, "某人", "", Map.of(), ConflictPolicy.FAIL);
            assertEquals(Outcome.REPLACED, result.outcome());
            assertEquals(0, result.baseRevision());
            assertTrue(PlanResources.equal(changed, store.loadLatest(ID).orElseThrow().plan()));
        }
    }

    @Test
    void exportRecordsPlanRevisionAndDigestAndStillReadsAsAPlan() throws Exception {
        try (PlanStore store = openWithRevision1()) {
            Path file = temp.resolve("export.plan");
            store.exportRevision(ID, 1, file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.matches("(?s)<\\?xml[^>]*\\?>\\n<\\?planstudio-export plan=\"plan-merge\" revision=\"1\""
                    + " digest=\"sha256:[0-9a-f]{64}\"\\?>.*"), text.substring(0, 300));
            assertTrue(PlanResources.equal(store.load(ID, 1).plan(), PlanResources.load(file)));
        }
    }

    @Test
    void unchangedCopyOfAnOlderRevisionWritesNothing() throws Exception {
        try (PlanStore store = openWithRevision1()) {
            Path copy = exportedCopy(store, "copy.plan", p -> { });
            Plan theirs = store.load(ID, 1).plan();
            task(theirs, "task-2").setStatus(TaskStatus.COMPLETED);
            store.save(theirs, 1, "卫生处", "");
            ImportResult result = store.importPlan(copy, "信息化处", "", Map.of(), ConflictPolicy.FAIL);
            assertEquals(Outcome.UNCHANGED, result.outcome());
            assertEquals(2, store.revisions(ID).size());
        }
    }

    /** Exports revision 1 and edits the copy as another tool would: the export's header line kept. */
    private Path exportedCopy(PlanStore store, String name, Consumer<Plan> edit) throws Exception {
        Path file = temp.resolve(name);
        store.exportRevision(ID, 1, file);
        String original = Files.readString(file, StandardCharsets.UTF_8);
        String header = original.substring(0, original.indexOf("?>", original.indexOf("<?planstudio-export")) + 2);
        Plan plan = PlanResources.load(file);
        edit.accept(plan);
        String body = new String(PlanResources.toBytes(plan), StandardCharsets.UTF_8);
        body = body.substring(body.indexOf("?>") + 2);
        Files.writeString(file, header + body, StandardCharsets.UTF_8);
        return file;
    }
}
