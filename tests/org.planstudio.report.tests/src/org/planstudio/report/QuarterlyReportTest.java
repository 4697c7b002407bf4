package org.planstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.report.model.Report;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.supervision.Flag;
import org.planstudio.supervision.Light;
import org.planstudio.supervision.Lights;
import org.planstudio.supervision.Periods;
import org.planstudio.supervision.SupervisionRules;
import org.planstudio.supervision.TaskLight;
import org.planstudio.supervision.synthetic.UpdateGenerator;

/**
 * The quarterly report of the sample plan with generated updates, on 2026-06-30 (reporting on Q1
 * 2026), read back from every format: the period, the light counts, every flagged task with its
 * notice, every task's update.
 */
class QuarterlyReportTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    static Stream<Arguments> formats() {
        return Stream.of(ReportFormat.values()).flatMap(format -> Stream.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)
                .map(locale -> Arguments.of(format, locale)));
    }

    static Plan plan() throws Exception {
        return UpdateGenerator.generate(TestPlans.sample(), AS_OF, 20260630L);
    }

    static byte[] render(Plan plan, ReportFormat format, Locale locale) throws Exception {
        Report report = Reports.build(ReportRequest.of(plan, ReportType.QUARTERLY, locale, AS_OF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.render(report, format, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("formats")
    void theReportShowsThePeriodItsLightsAndItsFlaggedTasks(ReportFormat format, Locale locale) throws Exception {
        Plan plan = plan();
        boolean zh = locale.getLanguage().equals("zh");
        ReportingPeriod period = Periods.lastDue(plan, AS_OF).orElseThrow();
        assertEquals("period-2026-Q1", period.getId());
        List<TaskLight> lights = Lights.evaluate(plan, period, AS_OF, SupervisionRules.defaults());
        long red = lights.stream().filter(l -> l.light() == Light.RED).count();
        long yellow = lights.stream().filter(l -> l.light() == Light.YELLOW).count();
        assertTrue(red > 0 && yellow > 0);

        byte[] bytes = render(plan, format, locale);
        List<String> lines = Extract.lines(format, bytes);
        String all = String.join("\n", lines);
        if (format != ReportFormat.CSV && format != ReportFormat.XLSX) {
            assertTrue(all.contains(zh ? "2026年第一季度" : "Q1 2026"), all);
            assertTrue(all.contains(zh ? "红灯" + red + "项、黄灯" + yellow + "项" : red + " red, " + yellow + " yellow"), all);
        }
        List<TaskLight> flagged = lights.stream()
                .filter(l -> l.has(Flag.LAGGING) || l.has(Flag.OVERDUE) || l.has(Flag.UNREPORTED)).toList();
        assertTrue(!flagged.isEmpty());
        String flaggedCaption = zh ? "滞后和逾期任务" : "Lagging and overdue tasks";
        List<String> table = after(lines, flaggedCaption);
        for (TaskLight light : flagged) {
            String title = title(light.task(), zh);
            assertTrue(table.stream().anyMatch(l -> l.contains(title)), title + " in\n" + String.join("\n", table));
        }
        plan.getSupervisionNotices().stream().filter(n -> flagged.stream().anyMatch(l -> l.task() == n.getTask()))
                .forEach(n -> assertTrue(all.contains(n.getNumber()), n.getNumber()));
        if (zh) {
            lights.stream().filter(l -> l.update().isPresent()).forEach(l -> assertTrue(
                    all.contains(l.update().get().getDone().getZh()), l.task().getId()));
        }
    }

    private static String title(KeyTask task, boolean zh) {
        String text = zh ? task.getTitle().getZh() : org.planstudio.model.text.Texts.label(task.getTitle(), Locale.ENGLISH);
        return text.length() > 12 ? text.substring(0, 12) : text;
    }

    private static List<String> after(List<String> lines, String caption) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(caption) && !lines.get(i).contains("\u2026")) {
                return lines.subList(i, lines.size());
            }
        }
        return lines;
    }
}
