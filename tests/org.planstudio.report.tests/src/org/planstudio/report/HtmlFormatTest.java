package org.planstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report is one self-contained, printable file with the official outline. */
class HtmlFormatTest {

    @Test
    void selfContainedWithInlineCssAndSvgAndNoScript() {
        Document html = Extract.htmlDocument(Rendered.sample(ReportType.PROGRESS, ReportFormat.HTML, Locale.SIMPLIFIED_CHINESE));
        assertEquals("zh-CN", html.select("html").attr("lang"));
        assertTrue(html.select("style").first().data().contains("@media print"), "print styles");
        assertTrue(html.select("style").first().data().contains("@page"), "A4 page");
        assertTrue(html.select("script").isEmpty(), "no script");
        assertTrue(html.select("link, img[src], iframe, object, embed").isEmpty(), "nothing fetched");
        // an overview chart and a by-year chart per indicator, drawn inline
        assertEquals(4, html.select("figure.chart > svg").size());
        assertTrue(html.select("figure.chart > svg text").eachText().contains("2027年"), "year axis in Chinese");
    }

    @Test
    void headingsCarryTheChineseOutline() {
        Document html = Extract.htmlDocument(Rendered.sample(ReportType.TRACEABILITY, ReportFormat.HTML, Locale.SIMPLIFIED_CHINESE));
        List<String> h2 = html.select("h2").eachText();
        assertEquals(List.of("一、总体情况", "二、目标、指标与任务", "三、保障措施与任务", "四、重点任务追溯明细", "五、覆盖缺口"), h2);
        assertEquals("（一）发展目标", html.select("h3").first().text());
        assertEquals("1.建设科技创新平台", html.select("h4").first().text());
        assertEquals("（一）", html.select("h3 span.no").first().text());
    }

    @Test
    void englishUsesDecimalOutline() {
        Document html = Extract.htmlDocument(Rendered.sample(ReportType.TRACEABILITY, ReportFormat.HTML, Locale.ENGLISH));
        assertEquals("en", html.select("html").attr("lang"));
        assertTrue(html.select("h2").first().text().startsWith("1. Overview"));
        assertTrue(html.select("h3").first().text().startsWith("2.1 "), html.select("h3").first().text());
    }

    @Test
    void responsibilityTableHasAreaRowsAndTwelveTaskRows() {
        Document html = Extract.htmlDocument(
                Rendered.sample(ReportType.RESPONSIBILITIES, ReportFormat.HTML, Locale.SIMPLIFIED_CHINESE));
        Element table = html.select("figure.table table").first();
        assertEquals(List.of("序号", "重点任务", "牵头单位", "配合单位", "完成时限", "进展状态"), table.select("thead th").eachText());
        assertEquals(3, table.select("tr.group").size());
        List<Element> rows = table.select("tbody tr:not(.group)");
        assertEquals(12, rows.size());
        for (int i = 0; i < 12; i++) {
            assertEquals(String.valueOf(i + 1), rows.get(i).child(0).text());
            assertEquals("市科委、中关村管委会", rows.get(i).child(2).text());
            assertEquals("2027年12月31日", rows.get(i).child(4).text());
            assertEquals("未启动", rows.get(i).child(5).text());
        }
        assertFalse(html.select("tbody td.num").isEmpty(), "numbers are right-aligned");
    }
}
