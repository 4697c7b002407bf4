package org.planstudio.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanStatus;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;

/** The shipped sample plan models the seed completely; these are the facts the seed gives. */
class SamplePlanTest {

    private static Plan plan;

    @BeforeAll
    static void loadShippedSample() throws IOException, PlanFormatException {
        Bundle samples = Arrays.stream(FrameworkUtil.getBundle(Plan.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
        URL entry = samples.getEntry("plans/beijing-bri-2024-2027.plan");
        assertNotNull(entry, "the samples bundle ships the plan");
        try (InputStream in = entry.openStream()) {
            plan = PlanResources.read(in, entry.toString());
        }
    }

    @Test
    void identityAndCounts() {
        assertEquals(PlanStatus.DRAFT_FOR_COMMENT, plan.getStatus());
        assertEquals(2024, plan.getStartYear());
        assertEquals(2027, plan.getEndYear());
        assertEquals(2, plan.getIssuers().size());
        assertEquals(4, plan.getPolicyReferences().size());
        assertEquals(3, plan.getConsiderations().size());
        assertFalse(Texts.zh(plan.getGuidingIdeology()).orElse("").isBlank());
        assertEquals(3, plan.getPrinciples().size());
        assertEquals(1, plan.getGoals().size());
        assertEquals(3, plan.getTaskAreas().size());
        assertEquals(12, PlanQueries.tasks(plan).size());
        assertEquals(3, plan.getSafeguards().size());
        assertEquals(4, plan.getConsultations().size());
        assertTrue(plan.getPlatforms().isEmpty() && plan.getJointProjects().isEmpty()
                && plan.getInnovationEntities().isEmpty() && plan.getExperts().isEmpty(), "no invented registry items");
    }

    @Test
    void threeIndicatorsOfOneHundredBy2027() {
        List<Indicator> indicators = plan.getGoals().get(0).getIndicators();
        assertEquals(3, indicators.size());
        for (Indicator indicator : indicators) {
            assertEquals(0, indicator.getTarget().compareTo(java.math.BigDecimal.valueOf(100)), indicator.getId());
            assertEquals(2027, indicator.getTargetYear());
            assertNotNull(indicator.getCountingRule(), indicator.getId());
        }
    }

    @Test
    void tasksAreNumberedInTheirAreasAndThreeToSevenCarryTheirDomains() {
        List<Integer> perArea = plan.getTaskAreas().stream().map(area -> area.getTasks().size()).toList();
        assertEquals(List.of(2, 5, 5), perArea);
        Map<Integer, String> domains = PlanQueries.tasks(plan).stream().filter(t -> t.getDomainId() != null)
                .collect(Collectors.toMap(KeyTask::getNumber, KeyTask::getDomainId));
        assertEquals(Map.of(3, "ict", 4, "health", 5, "emerging", 6, "livelihood", 7, "agriculture"), domains);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                PlanQueries.tasks(plan).stream().map(KeyTask::getNumber).toList());
        assertTrue(PlanQueries.tasks(plan).stream().allMatch(t -> !t.getLeadUnits().isEmpty()), "every task has a lead unit");
    }

    @Test
    void everyTaskServesAPrincipleAndAnIndicator() {
        for (KeyTask task : PlanQueries.tasks(plan)) {
            assertTrue(PlanQueries.linksFrom(plan, task, TraceKind.GUIDED_BY).stream()
                    .anyMatch(l -> l.getTarget() instanceof Principle), "task " + task.getNumber() + " is guided by a principle");
            assertTrue(PlanQueries.linksFrom(plan, task, TraceKind.CONTRIBUTES_TO).stream()
                    .anyMatch(l -> l.getTarget() instanceof Indicator), "task " + task.getNumber() + " serves an indicator");
        }
    }

    @Test
    void everySafeguardSupportsATask() {
        for (Safeguard safeguard : plan.getSafeguards()) {
            assertTrue(PlanQueries.linksFrom(plan, safeguard, TraceKind.SUPPORTS).stream()
                    .anyMatch(l -> l.getTarget() instanceof KeyTask), "safeguard " + safeguard.getNumber());
        }
    }

    @Test
    void idsAreUniqueAndTranslationsCurrent() {
        assertTrue(Ids.duplicates(plan).isEmpty(), () -> "duplicate ids: " + Ids.duplicates(plan).keySet());
        assertTrue(Ids.missing(plan).isEmpty(), () -> "elements without id: " + Ids.missing(plan));
        List<String> stale = new ArrayList<>();
        int translated = 0;
        for (var contents = plan.eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            if (next instanceof LocalizedText text && !text.getTranslations().isEmpty()) {
                translated++;
                if (Texts.isStale(text, Texts.ENGLISH)) {
                    stale.add(text.getZh());
                }
            }
        }
        assertTrue(translated > 50, "texts carry English translations");
        assertEquals(List.of(), stale);
    }

    @Test
    void xmiRoundTripGivesAnEqualPlan() throws Exception {
        byte[] bytes = PlanResources.toBytes(plan);
        Plan reread = PlanResources.read(new java.io.ByteArrayInputStream(bytes), "round-trip.plan");
        assertTrue(PlanResources.equal(plan, reread));
        assertEquals(new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                new String(PlanResources.toBytes(reread), java.nio.charset.StandardCharsets.UTF_8), "saving is stable");
    }
}
