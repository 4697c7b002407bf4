package org.planstudio.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanFormatException;
import org.planstudio.model.io.PlanFormatException.Problem;
import org.planstudio.model.io.PlanResources;

/** The defects of the bad-input campaign (issue 13), each as the file that showed it. */
@Timeout(120)
class DefectRegressionTest {

    private static final String DEADLINE = "deadline=\"2027-12-31T00:00:00.000+0800\"";

    @TempDir
    Path dir;

    private PlanFormatException refused(String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name + ".plan"), text);
        return assertThrows(PlanFormatException.class, () -> PlanResources.loadChecked(file), name);
    }

    private static void assertRule(PlanFormatException e, Rule rule, String field) {
        assertEquals(Problem.INVALID_PLAN, e.problem(), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.rule() == rule && p.field().equals(field)), e.getMessage());
    }

    @Test
    void theSamplePlanPasses() throws Exception {
        Path file = Files.writeString(dir.resolve("sample.plan"), SamplePlanText.get());
        assertEquals("bj-bri-2024", PlanResources.loadChecked(file).getId());
    }

    @Test
    void aDeadlineInTheYear99999IsRefused() throws Exception {
        PlanFormatException e = refused("y99999", SamplePlanText.replaceFirst(SamplePlanText.get(), DEADLINE,
                "deadline=\"+99999-12-31T00:00:00.000+0800\""));
        assertRule(e, Rule.DATE_OUT_OF_RANGE, "deadline");
        assertTrue(e.getMessage().contains("+99999-12-31"), e.getMessage());
    }

    @Test
    void daysThatDoNotExistAreRefusedNotRolledOver() throws Exception {
        for (String day : List.of("2027-13-45", "2027-02-30", "2027-00-10")) {
            PlanFormatException e = refused(day, SamplePlanText.replaceFirst(SamplePlanText.get(), DEADLINE,
                    "deadline=\"" + day + "T00:00:00.000+0800\""));
            assertRule(e, Rule.UNREADABLE_VALUE, "deadline");
            assertTrue(e.problems().get(0).lineNumber().isPresent(), e.getMessage());
        }
    }

    @Test
    void theYearMinus44IsRefusedNotReadAs0045() throws Exception {
        PlanFormatException e = refused("bc", SamplePlanText.replaceFirst(SamplePlanText.get(), DEADLINE,
                "deadline=\"-0044-03-15T00:00:00.000+0800\""));
        assertRule(e, Rule.DATE_OUT_OF_RANGE, "deadline");
        assertTrue(e.getMessage().contains("-0044-03-15"), e.getMessage());
    }

    @Test
    void hugeAndTinyNumbersAreRefused() throws Exception {
        PlanFormatException big = refused("big", SamplePlanText.replaceFirst(SamplePlanText.get(), "target=\"100\"",
                "target=\"1e999999999\""));
        assertRule(big, Rule.DECIMAL_TOO_LARGE, "target");
        PlanFormatException tiny = refused("tiny", SamplePlanText.replaceFirst(SamplePlanText.get(), "target=\"100\"",
                "target=\"1e-999999999\""));
        assertRule(tiny, Rule.DECIMAL_TOO_PRECISE, "target");
        PlanFormatException digits = refused("digits", SamplePlanText.replaceFirst(SamplePlanText.get(),
                "target=\"100\"", "target=\"" + "9".repeat(101) + "\""));
        assertRule(digits, Rule.DECIMAL_TOO_LARGE, "target");
    }

    @Test
    void duplicateIdsAreRefused() throws Exception {
        PlanFormatException e = refused("dup", SamplePlanText.replaceFirst(SamplePlanText.get(), "<organizations ",
                "<countries id=\"bj-bri-2024.task.01\" code=\"KZ\"/><organizations "));
        assertRule(e, Rule.DUPLICATE_ID, "id");
    }

    @Test
    void traceLinksWithoutSourceOrTargetAndCountriesWithoutCodeAreRefused() throws Exception {
        String text = SamplePlanText.replaceFirst(SamplePlanText.get(), HostileFiles.LINK,
                "<traceLinks id=\"l.nosource\" kind=\"GUIDED_BY\" target=\"bj-bri-2024.principle.co-build\"/>"
                        + "<traceLinks id=\"l.notarget\" kind=\"GUIDED_BY\" source=\"bj-bri-2024.task.01\"/>");
        text = SamplePlanText.replaceFirst(text, "<organizations ", "<countries id=\"c.nocode\"/><organizations ");
        PlanFormatException e = refused("links", text);
        assertRule(e, Rule.REQUIRED, "source");
        assertRule(e, Rule.REQUIRED, "target");
        assertRule(e, Rule.REQUIRED, "code");
        assertEquals(3, e.problems().size(), "all problems, not only the first: " + e.getMessage());
    }

    @Test
    void idsAndTypesOverTheColumnLimitAreRefusedNamingTheField() throws Exception {
        String longId = "x".repeat(256);
        PlanFormatException id = refused("longid", SamplePlanText.replaceFirst(SamplePlanText.get(),
                "id=\"bj-bri-2024.goal.2027\"", "id=\"" + longId + "\""));
        assertRule(id, Rule.MALFORMED_ID, "id");
        PlanFormatException type = refused("longtype", SamplePlanText.replaceFirst(SamplePlanText.get(),
                "<organizations ", "<platforms id=\"p.long\" type=\"" + "t".repeat(300) + "\"/><organizations "));
        assertRule(type, Rule.TEXT_TOO_LONG, "type");
        assertTrue(type.message(Locale.ENGLISH).contains("300 > 255"), type.getMessage());
    }

    @Test
    void anHttpHrefIsAProblemNotALoad() throws Exception {
        PlanFormatException e = refused("href", HostileFiles.all(SamplePlanText.get(), "http://127.0.0.1:9").get("href"));
        assertRule(e, Rule.EXTERNAL_REFERENCE, "target");
        assertTrue(e.getMessage().contains("http://127.0.0.1:9/other.plan#p"), e.getMessage());
    }

    @Test
    void entitiesAndDoctypesAreRefused() throws Exception {
        String sample = SamplePlanText.get();
        for (String name : List.of("billion-laughs", "external-entity", "dtd-system", "parameter-entity")) {
            PlanFormatException e = refused(name, HostileFiles.all(sample, "http://127.0.0.1:9").get(name));
            assertEquals(Problem.MALFORMED_XML, e.problem(), e.getMessage());
            assertTrue(e.detail().contains("DOCTYPE"), e.getMessage());
        }
    }

    @Test
    void deeplyNestedExtensionsStopAtTheDepthLimit() throws Exception {
        for (int depth : List.of(PlanLimits.MAX_ELEMENT_DEPTH + 1, 100_000)) {
            PlanFormatException e = refused("deep" + depth, HostileFiles.deepExtension(SamplePlanText.get(), depth));
            assertEquals(Problem.LIMIT_EXCEEDED, e.problem(), e.getMessage());
        }
    }

    @Test
    void aFileOverTheSizeLimitIsNotParsed() throws Exception {
        Path file = dir.resolve("huge.plan");
        try (var out = Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            out.position(PlanLimits.MAX_FILE_BYTES);
            out.write(java.nio.ByteBuffer.wrap(new byte[] {' '}));
        }
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanResources.load(file));
        assertEquals(Problem.LIMIT_EXCEEDED, e.problem(), e.getMessage());
    }

    @Test
    void theProblemListStopsAtItsLimitAndSpeaksChinese() throws Exception {
        StringBuilder countries = new StringBuilder();
        for (int i = 0; i < PlanLimits.MAX_PROBLEMS + 20; i++) {
            countries.append("<countries id=\"c").append(i).append("\"/>");
        }
        PlanFormatException e = refused("many", SamplePlanText.replaceFirst(SamplePlanText.get(), "<organizations ",
                countries + "<organizations "));
        assertEquals(PlanLimits.MAX_PROBLEMS, e.problems().size());
        String zh = e.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("此处必须填写"), zh);
        assertTrue(zh.contains("发现 100 处问题"), zh);
    }
}
