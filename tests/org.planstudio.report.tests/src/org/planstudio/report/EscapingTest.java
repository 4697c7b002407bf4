package org.planstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Texts staff type are data, never code: markup in a plan stays text in HTML (and in the SVG
 * charts), formula-like cells stay text in Excel and CSV, and Word shows them as typed.
 */
class EscapingTest {

    @ParameterizedTest
    // The two-version comparison is not built from one plan: ComparisonReportTest escapes its cells.
    @EnumSource(value = ReportType.class, mode = EnumSource.Mode.EXCLUDE, names = "COMPARISON")
    void htmlHasNoLiveMarkup(ReportType type) {
        byte[] bytes = Rendered.hostile(type, ReportFormat.HTML);
        Document html = Extract.htmlDocument(bytes);
        assertTrue(html.select("script, img, b, iframe, object").isEmpty(), "no element from the plan's texts");
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), "event handler on " + element.tagName());
            }
        }
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script>"));
        assertFalse(raw.contains("<img"));
        if (type == ReportType.TRACEABILITY || type == ReportType.RESPONSIBILITIES) {
            assertTrue(html.body().text().contains(TestPlans.SCRIPT), "the text is shown as typed");
            assertTrue(html.body().text().contains(TestPlans.FORMULA));
        }
        if (type == ReportType.PROGRESS) {
            // the chart titles and labels hold the hostile indicator and country names too
            assertTrue(html.select("svg text").eachText().stream().anyMatch(t -> t.contains("<img src=x")),
                    "chart text escaped, not dropped");
            assertTrue(html.body().text().contains("<b>哈萨克斯坦</b>"));
        }
    }

    @ParameterizedTest
    // The two-version comparison is not built from one plan: ComparisonReportTest escapes its cells.
    @EnumSource(value = ReportType.class, mode = EnumSource.Mode.EXCLUDE, names = "COMPARISON")
    void workbookHasNoFormulaAndFormulaLikeTextIsQuoted(ReportType type) throws Exception {
        int formulaLike = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Rendered.hostile(type, ReportFormat.XLSX)))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertTrue(cell.getCellType() != CellType.FORMULA, "formula in " + sheet.getSheetName());
                        if (cell.getCellType() == CellType.STRING && startsLikeFormula(cell.getStringCellValue())) {
                            formulaLike++;
                            assertTrue(cell.getCellStyle().getQuotePrefixed(), "quote prefix on " + cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        if (type != ReportType.GAPS) {
            assertTrue(formulaLike > 0, "the hostile texts are in the workbook");
        }
    }

    @ParameterizedTest
    // The two-version comparison is not built from one plan: ComparisonReportTest escapes its cells.
    @EnumSource(value = ReportType.class, mode = EnumSource.Mode.EXCLUDE, names = "COMPARISON")
    void csvNeutralisesFormulaLikeFields(ReportType type) {
        List<List<String>> rows = Csv.parse(Rendered.hostile(type, ReportFormat.CSV));
        int guarded = 0;
        for (List<String> row : rows) {
            for (String field : row) {
                assertFalse(startsLikeFormula(field), "live formula field: " + field);
                if (field.startsWith("'") && startsLikeFormula(field.substring(1))) {
                    guarded++;
                }
            }
        }
        if (type != ReportType.GAPS) {
            assertTrue(guarded > 0, "the formula-like texts are there, with an apostrophe");
        }
        if (type == ReportType.RESPONSIBILITIES) {
            assertTrue(rows.stream().anyMatch(r -> r.contains("'" + TestPlans.FORMULA)));
        }
    }

    @ParameterizedTest
    @EnumSource(value = ReportType.class, names = { "TRACEABILITY", "RESPONSIBILITIES" })
    void wordShowsTheTextAsTyped(ReportType type) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Rendered.hostile(type, ReportFormat.DOCX)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains(TestPlans.SCRIPT), text);
            assertTrue(text.contains(TestPlans.FORMULA), text);
        }
    }

    @ParameterizedTest
    // The two-version comparison is not built from one plan: ComparisonReportTest escapes its cells.
    @EnumSource(value = ReportType.class, mode = EnumSource.Mode.EXCLUDE, names = "COMPARISON")
    void numbersStayNumbers(ReportType type) {
        // The guard applies to text only: a CSV number field is never prefixed.
        List<List<String>> rows = Csv.parse(Rendered.hostile(type, ReportFormat.CSV));
        assertEquals(0, rows.stream().flatMap(List::stream).filter(f -> f.matches("'[0-9].*")).count());
    }

    private static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
