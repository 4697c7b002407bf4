package org.planstudio.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;

/** The five shipped task areas, found as OSGi services through the shared registry. */
class InstalledDomainsTest {

    static final Set<String> SHIPPED = Set.of("ict", "health", "emerging", "livelihood", "agriculture");

    @BeforeAll
    static void waitForServices() throws Exception {
        OsgiBundles.startDomainBundles();
        long deadline = System.currentTimeMillis() + 20_000;
        while (!ids().containsAll(SHIPPED) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    private static Set<String> ids() {
        return DomainRegistry.shared().domains().stream().map(RegisteredDomain::id).collect(Collectors.toSet());
    }

    @Test
    void allFiveAreRegisteredWithoutFailures() {
        assertTrue(ids().containsAll(SHIPPED), "registered: " + ids() + ", failures: " + DomainRegistry.shared().failures());
        assertTrue(DomainRegistry.shared().failures().stream().noneMatch(f -> f.source().bundle().startsWith("org.planstudio.domain.")),
                "failures: " + DomainRegistry.shared().failures());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ict", "health", "emerging", "livelihood", "agriculture" })
    void contributesCompleteBilingualContent(String id) {
        RegisteredDomain domain = DomainRegistry.shared().find(id).orElseThrow();
        assertTrue(domain.name().isComplete());
        assertTrue(domain.icon().isPresent(), "icon");
        assertTrue(domain.source().bundle().equals("org.planstudio.domain." + id), domain.source().toString());
        assertFalse(domain.templates().isEmpty(), "templates");
        assertFalse(domain.catalogue().isEmpty(), "catalogue");
        assertFalse(domain.taskAttributes().isEmpty(), "task attributes");
        assertFalse(domain.rules().isEmpty(), "rules");
        for (TaskTemplate template : domain.templates()) {
            assertTrue(template.title().isComplete(), template.id());
            assertTrue(template.measures().size() >= 2, template.id() + " measures");
            assertTrue(template.measures().stream().allMatch(Bilingual::isComplete), template.id());
            assertFalse(template.leadUnits().isEmpty(), template.id() + " lead units");
            template.presets().forEach((key, value) -> assertTrue(domain.taskAttribute(key)
                    .flatMap(a -> a.check(java.util.Optional.of(value))).isEmpty(), template.id() + " preset " + key));
        }
        for (CatalogueIndicator indicator : domain.catalogue()) {
            assertTrue(indicator.name().isComplete() && indicator.unit().isComplete() && indicator.rule().isComplete(),
                    indicator.code());
            assertFalse(indicator.itemTypes().isEmpty(), indicator.code());
        }
        for (AttributeDefinition attribute : domain.taskAttributes()) {
            assertTrue(attribute.label().isComplete(), attribute.key());
            attribute.choices().forEach(c -> assertTrue(c.label().isComplete(), attribute.key() + "." + c.value()));
        }
    }

    /** For each domain: attribute values that break one of its rules, and the rule expected to say so. */
    static final Map<String, Map<String, String>> BREAKING = Map.of(
            "health", Map.of("cooperationForm", "JOINT_RESEARCH_CENTRE", "clinicalTrialPhase", "PHASE_III"),
            "ict", Map.of("techField", "CLOUD_DATA", "dataExportAssessed", "false"),
            "emerging", Map.of("field", "GREEN_LOW_CARBON", "carbonReductionKt", "-5"),
            "livelihood", Map.of("sector", "EDUCATION"),
            "agriculture", Map.of("cooperationType", "DEMONSTRATION_BASE"));
    static final Map<String, String> EXPECTED_RULE = Map.of("health", "health.ethics", "ict", "ict.dataAssessment",
            "emerging", "emerging.carbon", "livelihood", "livelihood.training", "agriculture", "agriculture.area");

    @ParameterizedTest
    @ValueSource(strings = { "ict", "health", "emerging", "livelihood", "agriculture" })
    void rulesFlagATaskBuiltToBreakThem(String id) {
        Plan plan = planWithTask(id, BREAKING.get(id));
        List<DomainProblem> problems = new DomainValidation(DomainRegistry.shared()).check(plan);
        assertTrue(problems.stream().anyMatch(p -> p.ruleId().equals(EXPECTED_RULE.get(id))),
                id + ": " + problems);
        assertTrue(problems.stream().allMatch(p -> p.message().isComplete()), "messages in both languages");
    }

    @Test
    void aWellFilledTaskPassesItsDomainsChecks() {
        Plan plan = planWithTask("health", Map.of("cooperationForm", "JOINT_RESEARCH_CENTRE", "clinicalTrialPhase",
                "PHASE_III", "ethicsApproval", "BJ-IRB-2025-031"));
        assertEquals(List.of(), new DomainValidation(DomainRegistry.shared()).check(plan));
    }

    @Test
    void typeAndRequiredChecksComeFromTheDefinitions() {
        Plan plan = planWithTask("agriculture", Map.of("demonstrationAreaHa", "many"));
        List<DomainProblem> problems = new DomainValidation(DomainRegistry.shared()).check(plan);
        assertEquals(2, problems.stream().filter(p -> p.ruleId().equals(DomainValidation.ATTRIBUTES_RULE)).count(),
                "missing cooperation type and a non-number area: " + problems);
    }

    @Test
    void itemRulesApplyToItemsImplementingADomainTask() {
        Plan plan = planWithTask("health", Map.of("cooperationForm", "PRODUCT_REGISTRATION", "registrationsPlanned", "3",
                "partnerRegulator", "SAHPRA"));
        JointProject registration = PlanFactory.eINSTANCE.createJointProject();
        registration.setId("jp-1");
        registration.setType("drug-registration");
        registration.setStatus(ItemStatus.COMPLETED);
        registration.getAttributes().add(value("productCategory", "DRUG"));
        plan.getJointProjects().add(registration);
        TraceLink link = PlanFactory.eINSTANCE.createTraceLink();
        link.setId("l-1");
        link.setKind(TraceKind.IMPLEMENTS);
        link.setSource(registration);
        link.setTarget(plan.getTaskAreas().get(0).getTasks().get(0));
        plan.getTraceLinks().add(link);
        Platform unrelated = PlanFactory.eINSTANCE.createPlatform();
        unrelated.setId("pf-1");
        unrelated.getAttributes().add(value("productCategory", "DRUG"));
        unrelated.setStatus(ItemStatus.COMPLETED);
        plan.getPlatforms().add(unrelated);

        List<DomainProblem> problems = new DomainValidation(DomainRegistry.shared()).check(plan);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("health.registrationNumber", problems.get(0).ruleId());
        assertEquals(registration, problems.get(0).element());
    }

    @Test
    void tasksOfAnUnknownDomainAreReportedAsInformationOnly() {
        Plan plan = planWithTask("space-tourism", Map.of("whatever", "kept"));
        List<DomainProblem> problems = new DomainValidation(DomainRegistry.shared()).check(plan);
        assertEquals(1, problems.size());
        assertEquals(Severity.INFO, problems.get(0).severity());
    }

    static Plan planWithTask(String domainId, Map<String, String> attributes) {
        Plan plan = PlanFactory.eINSTANCE.createPlan();
        plan.setId("p");
        TaskArea area = PlanFactory.eINSTANCE.createTaskArea();
        area.setId("a");
        KeyTask task = PlanFactory.eINSTANCE.createKeyTask();
        task.setId("t");
        task.setDomainId(domainId);
        task.setStatus(TaskStatus.NOT_STARTED);
        attributes.forEach((k, v) -> task.getAttributes().add(value(k, v)));
        area.getTasks().add(task);
        plan.getTaskAreas().add(area);
        return plan;
    }

    static AttributeValue value(String key, String text) {
        AttributeValue value = PlanFactory.eINSTANCE.createAttributeValue();
        value.setKey(key);
        value.setValue(text);
        return value;
    }
}
