package org.planstudio.domain.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planstudio.domain.DomainRegistry;
import org.planstudio.domain.DomainSource;
import org.planstudio.domain.Problem;
import org.planstudio.domain.RegisteredDomain;
import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.PlanFactory;

/**
 * The checks Plan Studio runs when the plug-in's service appears (texts in both languages, icon,
 * unique ids, well-formed attributes), the plug-in's own rule, and the generated component.
 */
class ExampleDomainTest {

    @Test
    void isAcceptedByTheRegistryWithoutFailures() {
        DomainRegistry registry = new DomainRegistry(Duration.ofSeconds(3));
        RegisteredDomain domain = registry.add(new ExampleDomain(), new DomainSource("org.planstudio.domain.example", "0.1.0", "test"))
                .orElseThrow(() -> new AssertionError("refused: " + registry.failures()));
        assertEquals(List.of(), registry.failures());
        assertEquals(ExampleDomain.ID, domain.id());
        assertTrue(domain.name().isComplete(), domain.name().toString());
        assertTrue(domain.icon().isPresent(), "icon");
        assertEquals(1, domain.templates().size());
        assertEquals(3, domain.taskAttributes().size());
    }

    @Test
    void flagsAJointLaboratoryWithoutPartner() {
        KeyTask task = PlanFactory.eINSTANCE.createKeyTask();
        task.setDomainId(ExampleDomain.ID);
        set(task, ExampleDomain.FORM, "JOINT_LAB");
        List<Problem> problems = new ExampleDomain.PartnerNamedRule().checkTask(task);
        assertEquals(1, problems.size(), problems.toString());

        set(task, ExampleDomain.PARTNER, "Example University");
        assertEquals(List.of(), new ExampleDomain.PartnerNamedRule().checkTask(task));
    }

    @Test
    void theBuildGeneratedTheComponentDescription() throws IOException {
        try (InputStream in = ExampleDomain.class.getResourceAsStream("/OSGI-INF/org.planstudio.domain.example.ExampleDomain.xml")) {
            assertNotNull(in, "OSGI-INF/org.planstudio.domain.example.ExampleDomain.xml is missing: is the DS annotation processing on?");
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("interface=\"org.planstudio.domain.TaskDomain\""), xml);
        }
    }

    private static void set(KeyTask task, String key, String value) {
        AttributeValue attribute = PlanFactory.eINSTANCE.createAttributeValue();
        attribute.setKey(key);
        attribute.setValue(value);
        task.getAttributes().add(attribute);
    }
}
