package org.planstudio.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.planstudio.report.ReportFormat;
import org.planstudio.report.Reports;
import org.planstudio.report.model.Report;

/**
 * The 修改前后对照表 of the hand-made revisions, read back from the HTML (jsoup) and the Word file
 * (POI): the same golden table either way, deletions struck through in red, insertions underlined in bold.
 */
class ComparisonReportTest {

    static final String GOLDEN_TABLE = """
            # 任务板块 / 1. 科技人文交流 / 1. 举办青年科学家论坛（删除）
            【标题】[-举办青年科学家论坛-] || —
            【正文】[-每年举办一次。-] || —
            # 追溯关系 / 支撑指标：1. 举办青年科学家论坛 → 联合实验室数量（删除）
            【追溯关系】[-支撑指标：1. 举办青年科学家论坛 → 联合实验室数量-] || —
            # 任务板块 / 1. 科技人文交流 / 1. 建设联合实验室（修改）
            【正文】建设百个联合实验室。 || 【正文】建设{+一+}百个{+国际+}联合实验室{+，每年新增二十个+}。
            # 任务板块 / 2. 技术转移 / 1. 共建科技园区（调整位置）
            【位置】[-1. 科技人文交流 第3项-] || 【位置】{+2. 技术转移 第1项+}
            # 追溯关系 / 支撑指标：1. 共建科技园区 → 技术转移机构数量（修改）
            【目标对象】[-联合实验室数量-] || 【目标对象】{+技术转移机构数量+}
            # 任务板块 / 2. 技术转移 / 3. 开展联合研究（新增）
            — || 【标题】{+开展联合研究+}
            — || 【正文】{+支持企业与高校开展联合研究。+}
            """;

    private static Report report() {
        return Reports.comparison(GoldenComparisonTest.compare(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theHtmlTableIsTheGoldenOne() throws IOException {
        Document html = Jsoup.parse(new String(render(ReportFormat.HTML), StandardCharsets.UTF_8), "");
        assertEquals("测试行动计划修改前后对照表", html.selectFirst("h1").text());
        List<String> lines = new ArrayList<>();
        for (Element tr : html.select("figure.table table tbody tr")) {
            if (tr.hasClass("group")) {
                lines.add("# " + tr.text());
            } else {
                lines.add(tr.select("td").stream().map(ComparisonReportTest::marked).collect(Collectors.joining(" || ")));
            }
        }
        assertEquals(GOLDEN_TABLE.strip(), String.join("\n", lines));
        assertTrue(html.selectFirst("style").data().contains("del {"), "deletions are styled");
    }

    @Test
    void wordHasTheSameTableWithStruckRedDeletionsAndBoldUnderlinedInsertions() throws IOException {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(render(ReportFormat.DOCX)))) {
            XWPFTable table = word.getTables().get(0);
            assertEquals(List.of("修改前", "修改后"),
                    table.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList());
            List<String> lines = new ArrayList<>();
            for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                List<XWPFTableCell> cells = row.getTableCells();
                if (cells.size() == 1) {
                    lines.add("# " + cells.get(0).getText());
                    continue;
                }
                lines.add(cells.stream().map(ComparisonReportTest::marked).collect(Collectors.joining(" || ")));
            }
            assertEquals(GOLDEN_TABLE.strip(), String.join("\n", lines));
        }
    }

    @Test
    void theSummaryCountsEachKindAndTheRenumberedTaskIsOnlyNoted() throws IOException {
        Document html = Jsoup.parse(new String(render(ReportFormat.HTML), StandardCharsets.UTF_8), "");
        String body = html.select("p").text();
        assertTrue(body.contains("新增1项，删除2项，调整位置1项，修改内容2项"), body);
        assertTrue(body.contains("另有1项仅因前面增删内容而改变序号"), body);
        assertFalse(html.select("tr.group").text().contains("建设技术转移中心"), "t4 only got a new number");
    }

    @Test
    void twoEqualVersionsSayNothingChanged() throws IOException {
        Report same = Reports.comparison(PlanComparison.compare(HandMadeRevisions.first(), Version.unsaved(),
                HandMadeRevisions.first(), Version.unsaved(), Locale.SIMPLIFIED_CHINESE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.render(same, ReportFormat.HTML, out);
        Document html = Jsoup.parse(out.toString(StandardCharsets.UTF_8), "");
        assertTrue(html.select("table").isEmpty());
        assertTrue(html.text().contains("两个版本内容相同"), html.text());
    }

    private static byte[] render(ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.render(report(), format, out);
        return out.toByteArray();
    }

    /** Hostile text in a changed field stays text in every format: no live markup, no formula. */
    @Test
    void hostileTextInAChangedFieldIsEscaped() throws IOException {
        org.planstudio.model.plan.Plan before = HandMadeRevisions.first();
        org.planstudio.model.plan.Plan after = org.eclipse.emf.ecore.util.EcoreUtil.copy(before);
        org.planstudio.model.walk.PlanQueries.tasks(after).get(0).getTitle()
                .setZh("<script>alert(1)</script><b>加粗</b>=HYPERLINK(\"http://x\")");
        Report report = Reports.comparison(PlanComparison.compare(before, Version.unsaved(), after, Version.unsaved(),
                Locale.SIMPLIFIED_CHINESE));

        ByteArrayOutputStream html = new ByteArrayOutputStream();
        Reports.render(report, ReportFormat.HTML, html);
        Document page = Jsoup.parse(html.toString(StandardCharsets.UTF_8), "");
        assertTrue(page.select("script").isEmpty(), "no script element");
        assertTrue(page.select("b").isEmpty(), "no live markup");
        assertTrue(page.text().contains("<script>alert(1)</script>"), "the text is shown as typed");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        Reports.render(report, ReportFormat.CSV, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("HYPERLINK"), "the changed title is in the table");
        assertFalse(text.lines().anyMatch(line -> line.startsWith("=") || line.startsWith("\"=") || line.contains(",=")
                || line.contains(",\"=")), "no cell starts a formula");
    }

    private static String marked(Element td) {
        StringBuilder out = new StringBuilder();
        for (Node node : td.childNodes()) {
            if (node instanceof TextNode text) {
                out.append(text.text());
            } else if (node instanceof Element e && e.tagName().equals("del")) {
                out.append("[-").append(e.text()).append("-]");
            } else if (node instanceof Element e && e.tagName().equals("ins")) {
                out.append("{+").append(e.text()).append("+}");
            } else if (node instanceof Element e) {
                out.append(e.text());
            }
        }
        return out.toString();
    }

    /** A Word cell's runs in the same notation; a marked run must carry exactly the office marking. */
    private static String marked(XWPFTableCell cell) {
        StringBuilder out = new StringBuilder();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            for (XWPFRun run : paragraph.getRuns()) {
                String text = run.text();
                boolean struck = run.isStrikeThrough();
                boolean inserted = run.isBold() && run.getUnderline() == org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE;
                if (struck) {
                    assertEquals("C00000", run.getColor(), "a deletion is red: " + text);
                    out.append("[-").append(text).append("-]");
                } else if (inserted) {
                    out.append("{+").append(text).append("+}");
                } else {
                    assertFalse(run.isBold(), "unchanged text is not bold: " + text);
                    out.append(text);
                }
            }
        }
        return out.toString();
    }
}
