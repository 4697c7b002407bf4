package org.planstudio.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.TestPlans;
import org.planstudio.model.io.PlanFormatException.Problem;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceLink;

class PlanResourcesTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACES =
            "xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:plan=\"http://planstudio.org/model/plan/1.0\"";

    @TempDir
    Path dir;

    @Test
    void saveAndLoadGiveAnEqualPlan() throws Exception {
        Plan plan = TestPlans.small();
        Path file = dir.resolve("small.plan");

        PlanResources.save(plan, file);
        Plan loaded = PlanResources.load(file);

        assertTrue(PlanResources.equal(plan, loaded));
        assertEquals(new BigDecimal("100"), loaded.getGoals().get(0).getIndicators().get(0).getTarget());
        assertEquals(2, loaded.getGoals().get(0).getIndicators().get(0).getCountingRule().getStatuses().size());
        assertEquals(ItemStatus.COMPLETED, loaded.getGoals().get(0).getIndicators().get(0).getCountingRule().getStatuses().get(1));
        KeyTask task = loaded.getTaskAreas().get(0).getTasks().get(0);
        assertSame(loaded.getOrganizations().get(0), task.getLeadUnits().get(0), "references resolve inside the loaded plan");
        assertEquals(plan.getTaskAreas().get(0).getTasks().get(0).getDeadline(), task.getDeadline());
    }

    @Test
    void saveLoadSaveIsByteStable() throws Exception {
        Path first = dir.resolve("first.plan");
        Path second = dir.resolve("second.plan");

        PlanResources.save(TestPlans.small(), first);
        PlanResources.save(PlanResources.load(first), second);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void savedFileIsUtf8XmiWithReferencesById() throws Exception {
        Path file = dir.resolve("small.plan");
        PlanResources.save(TestPlans.small(), file);

        String text = Files.readString(file, StandardCharsets.UTF_8);

        assertTrue(text.startsWith(HEADER), text);
        assertTrue(text.contains("zh=\"行动计划\""), text);
        assertTrue(text.contains("issuers=\"org.commission org.park\""), text);
        assertTrue(text.contains("leadUnits=\"org.commission\""), text);
        assertTrue(text.contains("source=\"task.01\" target=\"ind.platforms\""), text);
        assertFalse(text.contains("\r"), "line ends are the same on every platform");
    }

    @Test
    void datesAreWrittenTheSameInEveryTimeZone() throws Exception {
        // Whatever the JVM's zone, a Beijing calendar day is written with its +0800 offset.
        Path file = dir.resolve("dates.plan");
        PlanResources.save(TestPlans.small(), file);

        assertTrue(Files.readString(file).contains("deadline=\"2027-12-31T00:00:00.000+0800\""));
    }

    @Test
    void streamsAndBytesMatchTheFile() throws Exception {
        Plan plan = TestPlans.small();
        Path file = dir.resolve("small.plan");
        PlanResources.save(plan, file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PlanResources.write(plan, out);

        assertArrayEquals(Files.readAllBytes(file), out.toByteArray());
        assertArrayEquals(Files.readAllBytes(file), PlanResources.toBytes(plan));
        Plan read = PlanResources.read(new ByteArrayInputStream(out.toByteArray()), "revision 7");
        assertTrue(PlanResources.equal(plan, read));
    }

    @Test
    void savingLeavesThePlanInItsResource() throws Exception {
        Path file = dir.resolve("small.plan");
        PlanResources.save(TestPlans.small(), file);
        Plan loaded = PlanResources.load(file);
        var resource = loaded.eResource();

        PlanResources.save(loaded, dir.resolve("elsewhere.plan"));

        assertSame(resource, loaded.eResource());
    }

    @Test
    void copyIsEqualAndIndependent() {
        Plan plan = TestPlans.small();

        Plan copy = PlanResources.copy(plan);

        assertNotSame(plan, copy);
        assertTrue(PlanResources.equal(plan, copy));
        TraceLink link = copy.getTraceLinks().get(0);
        assertSame(copy.getTaskAreas().get(0).getTasks().get(0), link.getSource(), "references point into the copy");
        copy.getTaskAreas().get(0).getTasks().get(0).setNumber(99);
        assertFalse(PlanResources.equal(plan, copy));
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() throws Exception {
        Path file = write("broken.plan", HEADER + "<plan:Plan " + NAMESPACES + " id=\"p\">\n  <title zh=\"标题\">\n</plan:Plan>\n");

        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanResources.load(file));

        assertEquals(Problem.MALFORMED_XML, e.problem());
        assertEquals(OptionalInt.of(4), e.line());
        assertTrue(e.column().isPresent());
        assertTrue(e.getMessage().startsWith(file.toString() + ":4:"), e.getMessage());
        assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("不是格式正确的 XML"), e.message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(e.getCause() != null);
    }

    @Test
    void missingFileIsNotFound() {
        Path file = dir.resolve("absent.plan");

        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanResources.load(file));

        assertEquals(Problem.NOT_FOUND, e.problem());
        assertEquals(file.toString() + ": there is no such file", e.getMessage());
        assertEquals(file.toString() + ": 文件不存在", e.message(Locale.CHINESE));
    }

    @Test
    void directoryIsUnreadableNotMissing() throws Exception {
        Path directory = Files.createDirectory(dir.resolve("folder.plan"));

        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanResources.load(directory));

        assertEquals(Problem.UNREADABLE, e.problem());
    }

    @Test
    void anotherRootTypeIsNotAPlan() throws Exception {
        Path file = write("organization.plan",
                HEADER + "<plan:Organization " + NAMESPACES + " id=\"org\"/>\n");

        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanResources.load(file));

        assertEquals(Problem.NOT_A_PLAN, e.problem());
        assertTrue(e.getMessage().contains("Organization"), e.getMessage());
    }

    @Test
    void otherXmlIsNotAPlan() throws Exception {
        Path file = write("pom.plan", HEADER + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>\n");

        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanResources.load(file));

        assertEquals(Problem.NOT_A_PLAN, e.problem());
    }

    @Test
    void emptyFileIsMalformed() throws Exception {
        Path file = write("empty.plan", "");

        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanResources.load(file));

        assertEquals(Problem.MALFORMED_XML, e.problem());
    }

    @Test
    void unknownAttributeIsInvalidContentWithItsLine() throws Exception {
        Path file = write("unknown.plan", HEADER + "<plan:Plan " + NAMESPACES + " id=\"p\">\n  <taskAreas id=\"a\" colour=\"red\"/>\n</plan:Plan>\n");

        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanResources.load(file));

        assertEquals(Problem.INVALID_CONTENT, e.problem());
        assertEquals(OptionalInt.of(3), e.line());
        assertEquals(file + ":3:35: does not match the plan model: Feature 'colour' not found.", e.getMessage());
    }

    @Test
    void referenceToAnUnknownIdIsAProblemOfThePlan() throws Exception {
        Path file = write("dangling.plan", HEADER + "<plan:Plan " + NAMESPACES + " id=\"p\" issuers=\"org.nobody\"/>\n");

        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanResources.load(file));

        assertEquals(Problem.INVALID_PLAN, e.problem());
        assertEquals(org.planstudio.model.check.Rule.UNRESOLVED_REFERENCE, e.problems().get(0).rule());
        assertEquals("issuers", e.problems().get(0).field());
        assertTrue(e.getMessage().contains("org.nobody"), e.getMessage());
    }

    @Test
    void invalidValuesAreAllReportedWithTheirLines() throws Exception {
        Path file = write("value.plan", HEADER + "<plan:Plan " + NAMESPACES + " id=\"p\" startYear=\"soon\"\n"
                + " endYear=\"later\"/>\n");

        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanResources.load(file));

        assertEquals(Problem.INVALID_PLAN, e.problem());
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals(org.planstudio.model.check.Rule.UNREADABLE_VALUE, e.problems().get(1).rule());
        assertEquals("endYear", e.problems().get(1).field());
        assertTrue(e.problems().get(1).lineNumber().isPresent(), e.getMessage());
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
