package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreException;
import org.planstudio.store.internal.DerbyPlanStore;

/**
 * A plan the store handed out is saved from its tracked changes: the rows written are exactly
 * those a full save (of an untracked copy, into a second database with the same history) writes,
 * and every revision reads back as it was saved. Where the changes cannot be told exactly, the
 * save is a full one and the tracking resumes after it.
 */
class IncrementalSaveTest {

    private static final String PLAN = "plan-inc";
    private static final PlanFactory F = PlanFactory.eINSTANCE;

    @TempDir
    Path temp;

    @Test
    void oneEditedTitleWritesOneRow() throws Exception {
        Path folder = temp.resolve("db");
        try (DerbyPlanStore store = (DerbyPlanStore) PlanStore.open(TestStores.config(folder))) {
            store.save(TestPlans.rich(PLAN), 0, "张三", "");
            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            tasks(plan).get(0).setTitle(Texts.of("改过的标题", "edited title"));
            assertEquals(2, store.save(plan, 1, "张三", "one title"));
            assertEquals(1, store.incrementalSaves());
            assertTrue(PlanResources.equal(plan, store.loadLatest(PLAN).orElseThrow().plan()));
        }
        try (DirectDerby db = new DirectDerby(folder)) {
            assertEquals(List.of(List.of("task-1")), db.rows("SELECT ELEMENT_ID FROM PLAN_ELEMENT WHERE FROM_REVISION = 2"));
            assertEquals(List.of(List.of("task-1")), db.rows("SELECT ELEMENT_ID FROM PLAN_ELEMENT WHERE TO_REVISION = 2"));
            assertEquals(0, db.count("REGISTRY_ITEM WHERE FROM_REVISION = 2 OR TO_REVISION = 2"));
            assertEquals(0, db.count("REGISTRY_LINK WHERE FROM_REVISION = 2 OR TO_REVISION = 2"));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomEditsWriteWhatAFullSaveWrites(long seed) throws Exception {
        Path tracked = temp.resolve("tracked");
        Path full = temp.resolve("full");
        Random random = new Random(seed);
        List<Plan> saved = new ArrayList<>();
        int rounds = 12;
        try (DerbyPlanStore a = (DerbyPlanStore) PlanStore.open(TestStores.config(tracked));
                PlanStore b = PlanStore.open(TestStores.config(full))) {
            Plan start = larger(TestPlans.rich(PLAN));
            a.save(EcoreUtil.copy(start), 0, "张三", "");
            b.save(EcoreUtil.copy(start), 0, "张三", "");
            saved.add(start);
            Plan plan = a.loadLatest(PLAN).orElseThrow().plan();
            for (int round = 1; round <= rounds; round++) {
                int edits = 1 + random.nextInt(4);
                List<String> done = new ArrayList<>();
                for (int e = 0; e < edits; e++) {
                    done.add(edit(plan, random, round * 10 + e));
                }
                long before = a.incrementalSaves();
                assertEquals(round + 1, a.save(plan, round, "张三", "round " + round));
                assertEquals(before + 1, a.incrementalSaves(), "saved from the changes: " + done);
                assertEquals(round + 1, b.save(EcoreUtil.copy(plan), round, "张三", "round " + round));
                saved.add(EcoreUtil.copy(plan));
            }
            for (int r = 1; r <= rounds + 1; r++) {
                assertTrue(PlanResources.equal(saved.get(r - 1), a.load(PLAN, r).plan()), "tracked, revision " + r);
                assertTrue(PlanResources.equal(saved.get(r - 1), b.load(PLAN, r).plan()), "full, revision " + r);
            }
        }
        try (DirectDerby da = new DirectDerby(tracked); DirectDerby db = new DirectDerby(full)) {
            for (String query : List.of(
                    "SELECT ELEMENT_ID, FROM_REVISION, TO_REVISION, CONTENT_SHA256 FROM PLAN_ELEMENT"
                            + " ORDER BY ELEMENT_ID, FROM_REVISION",
                    "SELECT ITEM_ID, FROM_REVISION, TO_REVISION, CONTENT_SHA256 FROM REGISTRY_ITEM"
                            + " ORDER BY ITEM_ID, FROM_REVISION",
                    "SELECT LINK_ID, FROM_REVISION, TO_REVISION, CONTENT_SHA256 FROM REGISTRY_LINK"
                            + " ORDER BY LINK_ID, FROM_REVISION",
                    "SELECT COUNT(*) FROM REGISTRY_TEXT", "SELECT COUNT(*) FROM REGISTRY_TRANSLATION",
                    "SELECT COUNT(*) FROM REGISTRY_PARTNER_COUNTRY", "SELECT COUNT(*) FROM REGISTRY_PARTICIPANT",
                    "SELECT COUNT(*) FROM REGISTRY_ATTRIBUTE")) {
                assertEquals(db.rows(query), da.rows(query), query);
            }
            assertTrue(da.count("PLAN_ELEMENT WHERE FROM_REVISION > 1") > 0, "the edits wrote element rows");
        }
    }

    @Test
    void aRemovedElementStillReferredToIsRefusedAsByAFullSave() throws Exception {
        try (DerbyPlanStore store = (DerbyPlanStore) PlanStore.open(TestStores.config(temp.resolve("db")))) {
            store.save(TestPlans.rich(PLAN), 0, "张三", "");
            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            KeyTask task = tasks(plan).get(0);
            ((TaskArea) task.eContainer()).getTasks().remove(task);
            StoreException refused = assertThrows(StoreException.class, () -> store.save(plan, 1, "张三", ""));
            assertEquals(StoreException.Reason.INVALID_PLAN, refused.reason());
            plan.getTraceLinks().removeIf(l -> l.getSource() == task || l.getTarget() == task);
            assertEquals(2, store.save(plan, 1, "张三", "task and its links removed"));
            assertTrue(PlanResources.equal(plan, store.load(PLAN, 2).plan()));
            tasks(plan).get(0).setNumber(7);
            assertEquals(3, store.save(plan, 2, "张三", ""));
            assertTrue(PlanResources.equal(plan, store.load(PLAN, 3).plan()));
        }
    }

    @Test
    void whatTheChangesCannotTellIsSavedInFullAndTrackingGoesOn() throws Exception {
        Path folder = temp.resolve("db");
        try (DerbyPlanStore store = (DerbyPlanStore) PlanStore.open(TestStores.config(folder))) {
            Plan unloaded = TestPlans.rich(PLAN);
            store.save(unloaded, 0, "张三", "");
            unloaded.getGoals().get(0).setTitle(Texts.of("未经载入的计划"));
            store.save(unloaded, 1, "张三", "not loaded through the store");
            assertEquals(0, store.incrementalSaves());

            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            plan.getOrganizations().get(0).setId("org-renamed");
            store.save(plan, 2, "张三", "an id changed: what refers to it changed too");
            assertEquals(0, store.incrementalSaves());
            assertTrue(PlanResources.equal(plan, store.load(PLAN, 3).plan()));

            KeyTask copy = EcoreUtil.copy(tasks(plan).get(0));
            ((TaskArea) tasks(plan).get(0).eContainer()).getTasks().add(copy);
            store.save(plan, 3, "张三", "two tasks with one id: stored as XMI");
            assertEquals(0, store.incrementalSaves());
            assertEquals(tasks(plan).size(), tasks(store.load(PLAN, 4).plan()).size());

            copy.setId("task-copy");
            store.save(plan, 4, "张三", "ids unique again");
            plan.getPrinciples().get(0).setName(Texts.of("改"));
            store.save(plan, 5, "张三", "tracked again");
            assertEquals(1, store.incrementalSaves());
            assertTrue(PlanResources.equal(plan, store.load(PLAN, 6).plan()));
            Plan stale = store.load(PLAN, 5).plan();
            stale.getPrinciples().get(0).setName(Texts.of("旧的"));
            assertThrows(org.planstudio.store.ConcurrentSaveException.class, () -> store.save(stale, 5, "李四", ""));
        }
        try (DirectDerby db = new DirectDerby(folder)) {
            assertEquals(List.of(List.of(4)), db.rows("SELECT REVISION FROM PLAN_REVISION WHERE STORAGE = 'X'"));
            assertEquals(List.of(List.of("principle-1")),
                    db.rows("SELECT ELEMENT_ID FROM PLAN_ELEMENT WHERE FROM_REVISION = 6"));
        }
    }

    /** The rich plan with more areas, tasks and links, so that edits move and shift things. */
    private static Plan larger(Plan plan) {
        for (int a = 2; a <= 4; a++) {
            TaskArea area = F.createTaskArea();
            area.setId("area-" + a);
            area.setTitle(Texts.of("领域" + a));
            plan.getTaskAreas().add(area);
            for (int t = 1; t <= 4; t++) {
                KeyTask task = F.createKeyTask();
                task.setId("task-" + a + "-" + t);
                task.setNumber(t);
                task.setTitle(Texts.of("任务 " + a + "." + t));
                task.getLeadUnits().add(plan.getOrganizations().get(t % 2));
                area.getTasks().add(task);
                TestPlans.link(plan, "link-" + a + "-" + t, TraceKind.CONTRIBUTES_TO, task,
                        plan.getGoals().get(0).getIndicators().get(0), false);
                TestPlans.link(plan, "link-lab-" + a + "-" + t, TraceKind.IMPLEMENTS, plan.getPlatforms().get(0), task,
                        t % 2 == 0);
            }
        }
        return plan;
    }

    private static List<KeyTask> tasks(Plan plan) {
        List<KeyTask> tasks = new ArrayList<>();
        plan.getTaskAreas().forEach(area -> tasks.addAll(area.getTasks()));
        return tasks;
    }

    /** One random edit of the kinds the workbench makes; returns what it did, for the failure message. */
    private static String edit(Plan plan, Random random, int n) {
        List<KeyTask> tasks = tasks(plan);
        KeyTask task = tasks.get(random.nextInt(tasks.size()));
        switch (random.nextInt(12)) {
            case 0 -> task.setTitle(Texts.of("标题 " + n, "title " + n));
            case 1 -> {
                TaskArea area = (TaskArea) task.eContainer();
                area.getTasks().move(random.nextInt(area.getTasks().size()), task);
                return "reorder " + task.getId();
            }
            case 2 -> {
                KeyTask added = F.createKeyTask();
                added.setId("task-new-" + n);
                added.setTitle(Texts.of("新任务 " + n));
                TaskArea area = plan.getTaskAreas().get(random.nextInt(plan.getTaskAreas().size()));
                area.getTasks().add(random.nextInt(area.getTasks().size() + 1), added);
                return "add " + added.getId();
            }
            case 3 -> {
                if (tasks.size() > 3) {
                    plan.getTraceLinks().removeIf(l -> l.getSource() == task || l.getTarget() == task);
                    EcoreUtil.delete(task, true);
                    return "delete " + task.getId();
                }
            }
            case 4 -> {
                TaskArea to = plan.getTaskAreas().get(random.nextInt(plan.getTaskAreas().size()));
                if (to != task.eContainer()) {
                    to.getTasks().add(random.nextInt(to.getTasks().size() + 1), task);
                    return "move " + task.getId() + " to " + to.getId();
                }
            }
            case 5 -> {
                RegistryItem item = registry(plan).get(random.nextInt(registry(plan).size()));
                item.setName(Texts.of("登记项 " + n, "item " + n));
                item.setType("type-" + n);
                return "registry edit " + item.getId();
            }
            case 6 -> {
                List<RegistryItem> items = registry(plan);
                Identified source = random.nextBoolean() ? items.get(random.nextInt(items.size()))
                        : plan.getPrinciples().get(0);
                TraceLink link = F.createTraceLink();
                link.setId("link-new-" + n);
                link.setKind(TraceKind.IMPLEMENTS);
                link.setSource(source);
                link.setTarget(task);
                plan.getTraceLinks().add(random.nextInt(plan.getTraceLinks().size() + 1), link);
                return "link add " + link.getId();
            }
            case 7 -> {
                if (!plan.getTraceLinks().isEmpty()) {
                    TraceLink link = plan.getTraceLinks().remove(random.nextInt(plan.getTraceLinks().size()));
                    return "link remove " + link.getId();
                }
            }
            case 8 -> {
                if (!plan.getTraceLinks().isEmpty()) {
                    TraceLink link = plan.getTraceLinks().get(random.nextInt(plan.getTraceLinks().size()));
                    link.setSuspect(!link.isSuspect());
                    link.setRationale(Texts.of("理由 " + n));
                    return "link edit " + link.getId();
                }
            }
            case 9 -> {
                plan.getGoals().get(0).getIndicators().get(0).setTarget(new BigDecimal(n));
                plan.setTitle(Texts.of("计划 " + n, "plan " + n));
                return "indicator and plan title";
            }
            case 10 -> {
                Platform platform = F.createPlatform();
                platform.setId("platform-new-" + n);
                platform.setName(Texts.of("平台 " + n));
                platform.getPartnerCountries().add(plan.getCountries().get(n % plan.getCountries().size()));
                plan.getPlatforms().add(random.nextInt(plan.getPlatforms().size() + 1), platform);
                return "registry add " + platform.getId();
            }
            case 11 -> {
                if (plan.getPlatforms().size() > 1) {
                    Platform platform = plan.getPlatforms().get(plan.getPlatforms().size() - 1);
                    plan.getTraceLinks().removeIf(l -> l.getSource() == platform || l.getTarget() == platform);
                    plan.getPlatforms().remove(platform);
                    return "registry remove " + platform.getId();
                }
            }
            default -> throw new IllegalStateException();
        }
        task.setNumber(n);
        return "number of " + task.getId();
    }

    private static List<RegistryItem> registry(Plan plan) {
        List<RegistryItem> items = new ArrayList<>(plan.getPlatforms());
        items.addAll(plan.getJointProjects());
        items.addAll(plan.getExperts());
        return items;
    }
}
