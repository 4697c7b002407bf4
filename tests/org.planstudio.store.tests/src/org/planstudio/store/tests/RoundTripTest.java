package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoredPlan;

class RoundTripTest {

    @TempDir
    Path temp;

    @Test
    void savedPlanReopensEqualIncludingRegistry() throws Exception {
        StoreConfig config = TestStores.config(temp.resolve("db"));
        Plan plan = TestPlans.rich("plan-rt");
        Plan before = PlanResources.copy(plan);
        try (PlanStore store = PlanStore.open(config)) {
            assertEquals(1, store.save(plan, 0, "张三", "first draft"));
        }
        assertTrue(PlanResources.equal(before, plan), "save must not change the caller's plan");

        try (PlanStore store = PlanStore.open(config)) {
            StoredPlan loaded = store.loadLatest("plan-rt").orElseThrow();
            assertEquals(1, loaded.revision().revision());
            assertEquals("张三", loaded.revision().author());
            assertEquals("first draft", loaded.revision().message());
            Plan reloaded = loaded.plan();
            assertTrue(PlanResources.equal(plan, reloaded), "reloaded plan differs from the saved one");
            reloaded.getPlatforms().get(0).getPartnerCountries().remove(1);
            assertFalse(PlanResources.equal(plan, reloaded), "the equality check must see registry details");
            reloaded.getPlatforms().get(0).getPartnerCountries()
                    .add(reloaded.getCountries().stream().filter(c -> c.getId().equals("country-th")).findFirst().orElseThrow());
            // The parts that went through the relational tables, checked by hand as well.
            assertEquals(List.of("country-kz", "country-th"),
                    reloaded.getPlatforms().get(0).getPartnerCountries().stream().map(c -> c.getId()).toList());
            assertEquals("org-ent", reloaded.getPlatforms().get(0).getHostOrganization().getId());
            assertEquals("entity-1", reloaded.getJointProjects().get(0).getParticipants().get(0).getId());
            assertEquals("1200.00", reloaded.getJointProjects().get(0).getBudget().toString());
            assertEquals(List.of("link-contributes", "link-lab", "link-guided", "link-project", "link-about",
                    "link-expert"), reloaded.getTraceLinks().stream().map(l -> l.getId()).toList());
            assertEquals(TraceKind.IMPLEMENTS, reloaded.getTraceLinks().get(1).getKind());
            assertEquals(reloaded.getPlatforms().get(0), reloaded.getTraceLinks().get(1).getSource());
            assertEquals(reloaded.getTaskAreas().get(0).getTasks().get(0), reloaded.getTraceLinks().get(1).getTarget());
            assertTrue(reloaded.getTraceLinks().get(3).isSuspect());

            PlanInfo info = store.planInfo("plan-rt").orElseThrow();
            assertEquals(1, info.latestRevision());
            assertEquals("“一带一路”科技创新北京行动计划（2024-2027年）", info.titleZh());
            assertEquals("Belt and Road S&T Innovation Beijing Action Plan (2024-2027)", info.titleEn());
            assertEquals(List.of(info), store.listPlans());
        }
    }

    @Test
    void registryLivesInTablesNotInTheElementRows() throws Exception {
        Path folder = temp.resolve("db");
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            store.save(TestPlans.rich("plan-rel"), 0, "张三", "");
        }
        try (DirectDerby db = new DirectDerby(folder)) {
            assertEquals(5, db.count("REGISTRY_ITEM"));
            assertEquals(List.of(List.of("platform-lab", "country-kz"), List.of("platform-lab", "country-th"),
                    List.of("project-1", "country-eg")), db.rows("SELECT i.ITEM_ID, c.COUNTRY_ID"
                            + " FROM REGISTRY_PARTNER_COUNTRY c JOIN REGISTRY_ITEM i ON i.ITEM_KEY = c.ITEM_KEY"
                            + " ORDER BY i.ITEM_ID, c.SEQ"));
            assertEquals(List.of(List.of("expert-1", "task-2"), List.of("platform-lab", "task-1"),
                    List.of("project-1", "task-2")), db.rows("SELECT SOURCE_ID, TARGET_ID FROM REGISTRY_LINK"
                            + " WHERE KIND = 'IMPLEMENTS' ORDER BY SOURCE_ID"));
            assertEquals(1, db.count("REGISTRY_LINK WHERE KIND = 'ABOUT'"));
            assertEquals(3, db.count("REGISTRY_ATTRIBUTE"));
            assertEquals(0, db.count("PLAN_ELEMENT WHERE ELEMENT_ID IN ('platform-lab', 'link-lab')"),
                    "registry items and their links are not element rows");
            assertEquals(List.of(List.of("TraceLink", "plan-rel", "traceLinks")), db.rows("SELECT KIND, PARENT_ID,"
                    + " FEATURE FROM PLAN_ELEMENT WHERE ELEMENT_ID = 'link-guided'"), "links between plan elements are");
        }
    }

    @Test
    void exportWritesTheWholePlanAndImportsBackAsNextRevision() throws Exception {
        Path file = temp.resolve("out").resolve("exported.plan");
        Plan plan = TestPlans.rich("plan-ex");
        try (PlanStore store = PlanStore.open(TestStores.config(temp.resolve("db")))) {
            store.save(plan, 0, "张三", "");
            store.exportRevision("plan-ex", 1, file);
            assertTrue(PlanResources.equal(plan, PlanResources.load(file)));

            assertEquals(2, store.importPlan(file, "李四", "round trip").revision());
            assertTrue(PlanResources.equal(plan, store.load("plan-ex", 2).plan()));
        }
        try (PlanStore other = PlanStore.open(TestStores.config(temp.resolve("db2")))) {
            assertEquals(1, other.importPlan(file, "王五", "").revision());
            assertTrue(PlanResources.equal(plan, other.loadLatest("plan-ex").orElseThrow().plan()));
        }
    }
}
