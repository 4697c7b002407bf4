package org.planstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;

/** 意见采纳情况 read back with POI: the counts by disposition and by source, and every comment in order. */
class CommentsReportTest {

    /** The sample's comments replaced by four whose handling the test knows. */
    private static Plan plan() throws Exception {
        Plan plan = TestPlans.sample();
        plan.getConsultations().forEach(c -> c.getComments().clear());
        Consultation experts = plan.getConsultations().get(1);
        Consultation divisions = plan.getConsultations().get(3);
        divisions.getComments().add(comment("d1", "意见一", Disposition.ADOPTED, "已采纳", PlanQueries.tasks(plan).get(4)));
        divisions.getComments().add(comment("d2", "意见二", Disposition.NOT_ADOPTED, "不属于本计划范围", null));
        divisions.getComments().get(1).setClause("附件2");
        divisions.getComments().get(1).setAuthorName("财务处");
        divisions.getComments().add(comment("d3", "意见三", Disposition.PENDING, null, plan.getTaskAreas().get(2)));
        experts.getComments().add(comment("x1", "意见四", Disposition.PARTIALLY_ADOPTED, "部分采纳", plan.getGoals().get(0)));
        experts.getComments().get(0).setAuthor(plan.getOrganizations().stream()
                .filter(o -> o.getId().equals("org.casted")).findFirst().orElseThrow());
        return plan;
    }

    private static Comment comment(String id, String text, Disposition disposition, String reason,
            org.planstudio.model.plan.Identified about) {
        Comment comment = PlanFactory.eINSTANCE.createComment();
        comment.setId(id);
        comment.setText(Texts.of(text));
        comment.setDisposition(disposition);
        if (reason != null) {
            comment.setReason(Texts.of(reason));
        }
        if (about != null) {
            comment.getConcerns().add(about);
        }
        return comment;
    }

    private static List<String> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    @Test
    void workbookCountsByDispositionAndSourceAndListsEveryCommentInOrder() throws Exception {
        byte[] bytes = Rendered.render(plan(), ReportType.COMMENTS, ReportFormat.XLSX, Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> byDisposition = rows(workbook.getSheet("按处理情况"));
            assertTrue(byDisposition.containsAll(List.of("采纳 | 1 | 25.0%", "部分采纳 | 1 | 25.0%", "不采纳 | 1 | 25.0%",
                    "待处理 | 1 | 25.0%", "合计 | 4 | 100.0%")), String.join("\n", byDisposition));
            assertEquals(workbook.getSheet("按处理情况").getRow(findRow(byDisposition, "采纳 |")).getCell(1).getNumericCellValue(),
                    1.0, "a count is a number in Excel, not text");

            List<String> bySource = rows(workbook.getSheet("按来源"));
            int experts = findRow(bySource, "借力智库");
            int divisions = findRow(bySource, "11个处室");
            assertTrue(experts < divisions, "sources in the plan's order");
            assertEquals("借力智库，研提意见建议 | 1 | 0 | 1 | 0 | 0", bySource.get(experts));
            assertTrue(bySource.get(divisions).endsWith(" | 3 | 1 | 0 | 1 | 1"), bySource.get(divisions));
            assertTrue(bySource.contains("合计 | 4 | 1 | 1 | 1 | 1"), String.join("\n", bySource));

            List<String> list = rows(workbook.getSheet("意见"));
            List<String> texts = list.stream().filter(r -> r.contains("意见一") || r.contains("意见二")
                    || r.contains("意见三") || r.contains("意见四")).toList();
            assertEquals(4, texts.size(), String.join("\n", list));
            assertEquals("1 | 中国科学技术发展战略研究院 | 发展目标 | 意见四 | 部分采纳 | 部分采纳", texts.get(0));
            assertTrue(texts.get(1).contains("意见一 | 采纳 | 已采纳"), texts.get(1));
            assertTrue(texts.get(2).contains("财务处 | 附件2（原文） | 意见二 | 不采纳 | 不属于本计划范围"), texts.get(2));
            assertTrue(texts.get(3).startsWith("4 | "), texts.get(3));
            assertTrue(texts.get(3).contains("三、搭建多类型科技合作平台 | 意见三 | 待处理"), texts.get(3));
        }
    }

    @Test
    void wordDocumentHasTheSameFiguresAndOrder() throws Exception {
        byte[] bytes = Rendered.render(plan(), ReportType.COMMENTS, ReportFormat.DOCX, Locale.SIMPLIFIED_CHINESE);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String all = document.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(all.contains("共收到2个渠道的意见4条。其中，采纳1条，部分采纳1条，不采纳1条，尚待处理1条。"), all);
            XWPFTable list = document.getTables().get(document.getTables().size() - 1);
            List<String> order = new ArrayList<>();
            for (XWPFTableRow row : list.getRows()) {
                String text = String.join(" | ", row.getTableCells().stream().map(c -> c.getText()).toList());
                for (String wanted : List.of("意见一", "意见二", "意见三", "意见四")) {
                    if (text.contains(wanted)) {
                        order.add(wanted);
                    }
                }
            }
            assertEquals(List.of("意见四", "意见一", "意见二", "意见三"), order);
        }
    }

    @Test
    void englishReportNamesTheDispositionsInEnglish() throws Exception {
        byte[] bytes = Rendered.render(plan(), ReportType.COMMENTS, ReportFormat.XLSX, Locale.ENGLISH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> byDisposition = rows(workbook.getSheet("By disposition"));
            assertTrue(byDisposition.containsAll(List.of("Adopted | 1 | 25.0%", "Partly adopted | 1 | 25.0%",
                    "Not adopted | 1 | 25.0%", "Pending | 1 | 25.0%", "Total | 4 | 100.0%")), String.join("\n", byDisposition));
        }
    }

    private static int findRow(List<String> rows, String start) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(start) || rows.get(i).contains(start)) {
                return i;
            }
        }
        throw new AssertionError("'" + start + "' not in\n" + String.join("\n", rows));
    }
}
