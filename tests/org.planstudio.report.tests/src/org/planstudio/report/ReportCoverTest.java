package org.planstudio.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.PlanDates;

/** The lines under a report's title cite a final plan by its document number and issue date (成文日期). */
class ReportCoverTest {

    private static final String NUMBER = "京科发〔2024〕279号";

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"HTML", "DOCX"})
    void coverLinesNameDocumentNumberAndIssueDate(ReportFormat format) throws Exception {
        Plan plan = TestPlans.sample();
        plan.setDocumentNumber(NUMBER);
        plan.setIssueDate(PlanDates.toDate(LocalDate.of(2024, 12, 31)));

        List<String> zh = lines(plan, format, Locale.SIMPLIFIED_CHINESE);
        ReportContentTest.assertContains(zh, "文号：" + NUMBER);
        ReportContentTest.assertContains(zh, "成文日期：2024年12月31日");
        List<String> en = lines(plan, format, Locale.ENGLISH);
        ReportContentTest.assertContains(en, "Document number: " + NUMBER);
        ReportContentTest.assertContains(en, "Issued: 31 Dec 2024");
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"HTML", "DOCX"})
    void aDraftWithoutNumberOrDateHasNoSuchLines(ReportFormat format) throws Exception {
        List<String> zh = lines(TestPlans.sample(), format, Locale.SIMPLIFIED_CHINESE);
        assertFalse(zh.stream().anyMatch(l -> l.contains("成文日期") || l.contains("文号：")), String.join("\n", zh));
        assertTrue(zh.stream().anyMatch(l -> l.contains("规划期2024—2027年")), String.join("\n", zh));
    }

    private static List<String> lines(Plan plan, ReportFormat format, Locale locale) throws Exception {
        return Extract.lines(format, Rendered.render(plan, ReportType.TRACEABILITY, format, locale));
    }
}
