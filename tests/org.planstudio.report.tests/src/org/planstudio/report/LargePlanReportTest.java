package org.planstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.ConsultationKind;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.report.model.Report;
import org.planstudio.trace.synthetic.DataSetGenerator;

/**
 * Every report over a generated plan of city scale and more (the trace engineer's generator:
 * 50 tasks, 5,000 registry items, 25,000 links) completes in every format. Not a timed test;
 * docs/benchmarks.md has the measured times.
 */
class LargePlanReportTest {

    @Test
    void everyReportOfALargePlanCompletes() throws Exception {
        Plan plan = DataSetGenerator.generate(7, 1, 50, 5_000, 25_000).get(0);
        assertEquals(50, PlanQueries.tasks(plan).size());
        addComments(plan, 2_000);
        for (ReportType type : ReportType.values()) {
            if (!type.ofOnePlan()) {
                continue;
            }
            Report report = Reports.build(ReportRequest.of(plan, type, Locale.SIMPLIFIED_CHINESE, LocalDate.of(2026, 6, 30)));
            for (ReportFormat format : ReportFormat.values()) {
                long start = System.nanoTime();
                CountingStream out = new CountingStream();
                Reports.render(report, format, out);
                assertTrue(out.count > 1000, type + " " + format);
                System.out.printf("large plan: %s %s %d KB in %d ms%n", type, format, out.count / 1024,
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
        // The progress workbook lists every counted item behind the figures.
        Report progress = Reports.build(ReportRequest.of(plan, ReportType.PROGRESS, Locale.ENGLISH, LocalDate.of(2026, 6, 30)));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        Reports.render(progress, ReportFormat.XLSX, bytes);
        int itemRows = progress.tables().stream().filter(t -> t.caption().contains("Items counted"))
                .mapToInt(t -> t.rows().size()).sum();
        assertTrue(itemRows > 1000, "items behind the figures: " + itemRows);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(progress.tables().size() + 1, workbook.getNumberOfSheets());
        }
    }

    /** A consultation round of city scale for the 意见采纳情况 (the generator makes none). */
    private static void addComments(Plan plan, int count) {
        PlanFactory f = PlanFactory.eINSTANCE;
        Consultation round = f.createConsultation();
        round.setId("consultation.large");
        round.setKind(ConsultationKind.INTERNAL_REVIEW);
        round.setTitle(Texts.of("征求各部门意见", "Comments of the divisions"));
        List<KeyTask> tasks = PlanQueries.tasks(plan);
        Disposition[] dispositions = Disposition.values();
        for (int i = 0; i < count; i++) {
            Comment comment = f.createComment();
            comment.setId("comment.large." + i);
            comment.setText(Texts.of("关于第" + (i % tasks.size() + 1) + "项任务的意见" + i, "Comment " + i));
            comment.setDisposition(dispositions[i % dispositions.length]);
            comment.setAuthorName("部门" + (i % 11 + 1));
            comment.getConcerns().add(tasks.get(i % tasks.size()));
            round.getComments().add(comment);
        }
        plan.getConsultations().add(round);
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
