package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;
import org.planstudio.store.AuditVerification;
import org.planstudio.store.ConflictPolicy;
import org.planstudio.store.FieldChange;
import org.planstudio.store.HistoryQuery;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreException;
import org.planstudio.store.internal.DerbyPlanStore;
import org.planstudio.store.internal.SaveHook;

/** Every kind of change to an element is in the field-level audit trail, with its old and new value. */
class FieldAuditTest {

    private static final String PLAN = "plan-fields";
    private static final PlanFactory F = PlanFactory.eINSTANCE;

    @TempDir
    Path temp;

    /** Tracked: the loaded plan is saved from its changes; full: a copy, saved by diffing every row. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyKindOfChangeIsRecordedWithOldAndNew(boolean tracked) throws Exception {
        try (PlanStore store = PlanStore.open(TestStores.config(temp.resolve("db")))) {
            Plan first = TestPlans.rich(PLAN);
            TaskArea second = F.createTaskArea();
            second.setId("area-2");
            first.getTaskAreas().add(second);
            store.save(first, 0, "张三", "first");
            Plan loaded = store.loadLatest(PLAN).orElseThrow().plan();
            Plan plan = tracked ? loaded : EcoreUtil.copy(loaded);

            KeyTask one = task(plan, "task-1");
            one.setNumber(7);
            one.getTitle().setZh("任务一（修订）");
            Texts.setTranslation(one.getTitle(), "en", "Task one");
            Organization enterprise = (Organization) byId(plan, "org-ent");
            enterprise.setCountry((Country) byId(plan, "country-th"));
            one.getLeadUnits().add(enterprise);
            KeyTask three = F.createKeyTask();
            three.setId("task-3");
            three.setNumber(3);
            three.setTitle(Texts.of("任务3"));
            plan.getTaskAreas().get(0).getTasks().add(three);
            plan.getPrinciples().clear();
            plan.getTraceLinks().removeIf(l -> l.getId().equals("link-guided"));
            KeyTask two = task(plan, "task-2");
            ((TaskArea) byId(plan, "area-2")).getTasks().add(two);
            Platform lab = plan.getPlatforms().stream().filter(p -> p.getId().equals("platform-lab")).findFirst()
                    .orElseThrow();
            lab.setType("innovation-centre");
            Texts.setTranslation(lab.getName(), "en", "Joint Laboratory");
            TraceLink added = TestPlans.link(plan, "link-new", TraceKind.IMPLEMENTS, lab, one, false);
            added.setRationale(Texts.of("新增"));
            plan.getTraceLinks().removeIf(l -> l.getId().equals("link-expert"));
            assertEquals(2, store.save(plan, 1, "李四", "edits"));

            List<FieldChange> history = store.history(HistoryQuery.of(PLAN).actor("李四"));
            assertTrue(history.stream().allMatch(c -> c.revision() == 2 && c.actor().equals("李四")), history::toString);
            assertChange(history, "task-1", "number", "1", "7");
            assertChange(history, "task-1", "title[zh]", "任务1", "任务一（修订）");
            assertChange(history, "task-1", "title[en]", null, "Task one");
            assertChange(history, "org-ent", "country", "country-kz (哈萨克斯坦)", "country-th (泰国)");
            assertChange(history, "task-1", "leadUnits", "[org-stc]", "[org-stc, org-ent]");
            assertChange(history, "task-2", "container", "area-1.tasks", "area-2.tasks");
            assertChange(history, "platform-lab", "type", "joint-lab", "innovation-centre");
            assertChange(history, "platform-lab", "name[en]", "China-Kazakhstan Joint Laboratory", "Joint Laboratory");
            FieldChange created = only(history, "task-3", FieldChange.WHOLE);
            assertEquals(FieldChange.Kind.CREATED, created.kind());
            assertEquals(Optional.of("任务3"), created.newValue());
            assertEquals("KeyTask", created.elementKind());
            FieldChange deleted = only(history, "principle-1", FieldChange.WHOLE);
            assertEquals(FieldChange.Kind.DELETED, deleted.kind());
            assertEquals(Optional.of("共商共建"), deleted.oldValue());
            assertEquals(FieldChange.Kind.CREATED, only(history, "link-new", FieldChange.WHOLE).kind());
            assertEquals(FieldChange.Kind.DELETED, only(history, "link-expert", FieldChange.WHOLE).kind());
            assertEquals("任务一（修订）", only(history, "task-1", "number").elementLabel());
            assertTrue(history.stream().noneMatch(c -> c.elementId().equals("task-1") && c.field().equals("deadline")),
                    "unchanged fields are not recorded");
            assertTrue(store.verifyAuditLog().intact());
        }
    }

    @Test
    void aNewPlanIsOneCreatedEntryPerElementAndTheQueryFilters() throws Exception {
        try (PlanStore store = PlanStore.open(TestStores.config(temp.resolve("db")))) {
            store.save(TestPlans.rich(PLAN), 0, "张三", "first");
            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            task(plan, "task-1").setNumber(11);
            store.save(plan, 1, "李四", "number");
            Instant between = store.revisions(PLAN).get(0).savedAt();

            List<FieldChange> all = store.history(HistoryQuery.of(PLAN));
            assertEquals(2, all.get(0).revision(), "newest first");
            assertEquals(1, all.get(all.size() - 1).revision());
            assertTrue(all.stream().filter(c -> c.revision() == 1).allMatch(c -> c.kind() == FieldChange.Kind.CREATED));
            assertTrue(all.stream().anyMatch(c -> c.elementId().equals("platform-lab")
                    && c.newValue().equals(Optional.of("中哈联合实验室"))));

            List<FieldChange> ofTask = store.history(HistoryQuery.of(PLAN).element("task-1"));
            assertEquals(List.of("number", FieldChange.WHOLE), ofTask.stream().map(FieldChange::field).toList());
            assertEquals(List.of(1), store.history(HistoryQuery.of(PLAN).element("task-1").actor("张三")).stream()
                    .map(FieldChange::revision).toList());
            assertEquals(2, store.history(HistoryQuery.of(PLAN).kind("KeyTask").actor("张三")).size());
            assertTrue(store.history(HistoryQuery.of(PLAN).between(Optional.empty(), Optional.of(between))).stream()
                    .allMatch(c -> c.revision() == 1));
            assertEquals(1, store.history(HistoryQuery.of(PLAN).between(Optional.of(between.plusMillis(1)),
                    Optional.empty())).size());
            List<FieldChange> page = store.history(HistoryQuery.of(PLAN).page(1, 2));
            assertEquals(all.subList(1, 3), page);
            assertTrue(store.history(HistoryQuery.of("no-such-plan")).isEmpty());
        }
    }

    @Test
    void mergedSavesImportsAndPlanDeletionAreRecorded() throws Exception {
        try (PlanStore store = PlanStore.open(TestStores.config(temp.resolve("db")))) {
            store.save(TestPlans.rich(PLAN), 0, "张三", "first");
            Plan mine = store.loadLatest(PLAN).orElseThrow().plan();
            Plan theirs = store.loadLatest(PLAN).orElseThrow().plan();
            task(theirs, "task-2").setNumber(22);
            store.save(theirs, 1, "王五", "theirs");
            task(mine, "task-1").setNumber(11);
            store.saveMerging(mine, 1, "李四", "mine", ConflictPolicy.FAIL);
            assertChange(store.history(HistoryQuery.of(PLAN).actor("李四")), "task-1", "number", "1", "11");
            assertTrue(store.history(HistoryQuery.of(PLAN).actor("李四")).stream()
                    .noneMatch(c -> c.elementId().equals("task-2")), "the merge does not take their change as mine");

            Path file = temp.resolve("out.plan");
            store.exportRevision(PLAN, 3, file);
            Plan edited = org.planstudio.model.io.PlanResources.load(file);
            task(edited, "task-2").setNumber(222);
            org.planstudio.model.io.PlanResources.save(edited, file);
            store.importPlan(file, "赵六", "import");
            assertChange(store.history(HistoryQuery.of(PLAN).actor("赵六")), "task-2", "number", "22", "222");

            store.deletePlan(PLAN, "张三");
            store.restorePlan(PLAN, "张三");
            List<FieldChange> flags = store.history(HistoryQuery.of(PLAN).element(PLAN).page(0, 2));
            assertEquals(List.of(Optional.of("false"), Optional.of("true")),
                    flags.stream().map(FieldChange::newValue).toList(), "restored, then (older) deleted");
            assertEquals("deleted", flags.get(0).field());
            assertTrue(store.verifyAuditLog().intact());
        }
    }

    @Test
    void aSaveThatFailsWritesNoEntries() throws Exception {
        try (DerbyPlanStore store = (DerbyPlanStore) PlanStore.open(TestStores.config(temp.resolve("db")))) {
            store.save(TestPlans.rich(PLAN), 0, "张三", "first");
            int before = store.history(HistoryQuery.of(PLAN)).size();
            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            task(plan, "task-1").setNumber(99);
            store.setSaveHook(new SaveHook() {
                @Override
                public void beforeCommit(String planId, int revision) {
                    throw new IllegalStateException("the disk is full");
                }
            });
            assertThrows(IllegalStateException.class, () -> store.save(plan, 1, "李四", "lost"));
            store.setSaveHook(SaveHook.NONE);
            assertEquals(before, store.history(HistoryQuery.of(PLAN)).size());
            assertTrue(store.history(HistoryQuery.of(PLAN).actor("李四")).isEmpty());
            assertThrows(StoreException.class, () -> store.save(EcoreUtil.copy(plan), 0, "李四", "stale base"));
            assertEquals(before, store.history(HistoryQuery.of(PLAN)).size());
        }
    }

    @Test
    void anAlteredOrRemovedFieldEntryBreaksTheChain() throws Exception {
        Path folder = temp.resolve("db");
        long entry = editedAndSaved(folder);
        try (DirectDerby db = new DirectDerby(folder)) {
            db.execute("UPDATE AUDIT_FIELD SET NEW_VALUE = '8' WHERE FIELD = 'number' AND ENTRY_ID = " + entry);
        }
        assertBrokenAt(folder, entry);

        Path other = temp.resolve("db2");
        long second = editedAndSaved(other);
        try (DirectDerby db = new DirectDerby(other)) {
            db.execute("DELETE FROM AUDIT_FIELD WHERE FIELD = 'number' AND ENTRY_ID = " + second);
        }
        assertBrokenAt(other, second);
    }

    private long editedAndSaved(Path folder) throws Exception {
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            store.save(TestPlans.rich(PLAN), 0, "张三", "first");
            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            task(plan, "task-1").setNumber(5);
            store.save(plan, 1, "李四", "edit");
            store.nameBaseline(PLAN, 2, "征求意见稿", "王五");
            assertTrue(store.verifyAuditLog().intact());
        }
        try (DirectDerby db = new DirectDerby(folder)) {
            return ((Number) db.rows("SELECT ENTRY_ID FROM AUDIT_LOG WHERE ACTION = 'REVISION_SAVED' AND REVISION = 2")
                    .get(0).get(0)).longValue();
        }
    }

    private void assertBrokenAt(Path folder, long entry) throws Exception {
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            AuditVerification result = store.verifyAuditLog();
            assertFalse(result.intact(), result.toString());
            assertEquals(OptionalLong.of(entry), result.brokenAt());
            assertEquals(AuditVerification.Break.ALTERED, result.reason().orElseThrow());
        }
    }

    private static void assertChange(List<FieldChange> history, String element, String field, String old,
            String now) {
        FieldChange change = only(history, element, field);
        assertEquals(FieldChange.Kind.CHANGED, change.kind(), change::toString);
        assertEquals(Optional.ofNullable(old), change.oldValue(), change::toString);
        assertEquals(Optional.ofNullable(now), change.newValue(), change::toString);
    }

    private static FieldChange only(List<FieldChange> history, String element, String field) {
        List<FieldChange> found = history.stream().filter(c -> c.elementId().equals(element) && c.field().equals(field))
                .toList();
        assertEquals(1, found.size(), () -> element + " " + field + " in " + history);
        return found.get(0);
    }

    private static KeyTask task(Plan plan, String id) {
        return (KeyTask) byId(plan, id);
    }

    private static org.eclipse.emf.ecore.EObject byId(Plan plan, String id) {
        Function<org.eclipse.emf.ecore.EObject, Boolean> match = e -> e instanceof org.planstudio.model.plan.Identified i
                && id.equals(i.getId());
        for (var all = plan.eAllContents(); all.hasNext();) {
            var next = all.next();
            if (match.apply(next)) {
                return next;
            }
        }
        throw new AssertionError("no " + id);
    }
}
