package org.planstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.text.Texts;
import org.planstudio.report.model.Report;
import org.planstudio.supervision.Briefing;
import org.planstudio.supervision.Periods;
import org.planstudio.supervision.SupervisionRules;
import org.planstudio.supervision.TaskLight;

/**
 * The briefing (情况通报) of the sample plan with generated updates, and the quarterly report on a
 * chosen period, read back (jsoup, POI): every red and yellow task under its lead unit, with why.
 */
class BriefingReportTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    static Stream<Arguments> formats() {
        return Stream.of(ReportFormat.HTML, ReportFormat.DOCX, ReportFormat.XLSX)
                .flatMap(format -> Stream.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH).map(l -> Arguments.of(format, l)));
    }

    private static byte[] render(ReportRequest request, ReportFormat format) throws Exception {
        Report report = Reports.build(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.render(report, format, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("formats")
    void everyRedAndYellowTaskIsListedUnderItsLeadUnitWithWhy(ReportFormat format, Locale locale) throws Exception {
        Plan plan = QuarterlyReportTest.plan();
        boolean zh = locale.getLanguage().equals("zh");
        ReportingPeriod period = Periods.lastDue(plan, AS_OF).orElseThrow();
        Briefing briefing = Briefing.of(plan, period, AS_OF, SupervisionRules.defaults());
        assertTrue(briefing.red() > 0 && briefing.yellow() > 0);

        List<String> lines = Extract.lines(format, render(ReportRequest.of(plan, ReportType.BRIEFING, locale, AS_OF), format));
        String all = String.join("\n", lines);
        if (format != ReportFormat.XLSX) {
            assertTrue(all.contains(zh ? "2026年第一季度督查督办情况通报" : "Supervision Briefing"), all);
            assertTrue(all.contains(zh ? "红灯" + briefing.red() + "项、黄灯" + briefing.yellow() + "项"
                    : briefing.red() + " are red, " + briefing.yellow() + " yellow"), all);
        }
        for (Briefing.UnitEntry entry : briefing.units()) {
            // Chinese reports name a unit by its short name (市科委), as offices write it.
            org.planstudio.model.plan.Organization organization = entry.unit().orElseThrow();
            String unit = zh && organization.getShortName() != null ? organization.getShortName()
                    : Texts.label(organization.getName(), locale);
            int at = indexOf(lines, unit, 0);
            assertTrue(at >= 0, unit + " in\n" + all);
            for (TaskLight light : concat(entry.red(), entry.yellow())) {
                String title = Texts.label(light.task().getTitle(), locale);
                String start = title.substring(0, Math.min(12, title.length()));
                String why = light.flags().iterator().next().label(locale);
                assertTrue(lines.stream().anyMatch(l -> l.contains(start) && l.contains(why)),
                        start + " with " + why + " in\n" + all);
            }
        }
        long greenListed = Stream.concat(plan.getTaskAreas().stream().flatMap(a -> a.getTasks().stream()), Stream.empty())
                .filter(task -> briefing.units().stream().noneMatch(u -> concat(u.red(), u.yellow()).stream()
                        .anyMatch(l -> l.task() == task)))
                .filter(task -> lines.stream().anyMatch(l -> l.contains(Texts.label(task.getTitle(), locale))))
                .count();
        assertEquals(0, greenListed, "green tasks are not in the briefing");
    }

    @Test
    void theQuarterlyReportAndTheBriefingAreOnThePeriodAskedFor() throws Exception {
        Plan plan = QuarterlyReportTest.plan();
        ReportRequest q3 = ReportRequest.of(plan, ReportType.QUARTERLY, Locale.SIMPLIFIED_CHINESE, AS_OF)
                .withPeriod("2025-Q3");
        String html = String.join("\n", Extract.lines(ReportFormat.HTML, render(q3, ReportFormat.HTML)));
        assertTrue(html.contains("2025年第三季度推进情况报告"), html);
        assertTrue(html.contains("2025年7月1日"), "the period's first day in the header");
        String byId = String.join("\n", Extract.lines(ReportFormat.HTML, render(ReportRequest.of(plan, ReportType.BRIEFING,
                Locale.ENGLISH, AS_OF).withPeriod("period-2025-Q4"), ReportFormat.HTML)));
        assertTrue(byId.contains("Q4 2025"), byId);
        assertEquals("2025-H2", Reports.periodName(Periods.generate(2025, 2025,
                org.planstudio.model.plan.ReportingPeriodKind.HALF_YEARLY, 10).get(1)));
        assertTrue(Reports.period(plan, AS_OF, "2024-Q9").isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> Reports.build(ReportRequest.of(plan, ReportType.QUARTERLY, Locale.ENGLISH, AS_OF).withPeriod("2024-Q9")));
    }

    private static List<TaskLight> concat(List<TaskLight> a, List<TaskLight> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static int indexOf(List<String> lines, String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
