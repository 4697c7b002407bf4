package org.planstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The Word report follows GB/T 9704 and uses named styles staff can change. */
class DocxFormatTest {

    private static XWPFDocument open(ReportType type) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(Rendered.sample(type, ReportFormat.DOCX, Locale.SIMPLIFIED_CHINESE)));
    }

    @Test
    void headingsAreWordHeadingStylesWithTheOfficialOutline() throws Exception {
        try (XWPFDocument document = open(ReportType.TRACEABILITY)) {
            List<String> h1 = texts(document, "Heading1");
            assertEquals(List.of("一、总体情况", "二、目标、指标与任务", "三、保障措施与任务", "四、重点任务追溯明细", "五、覆盖缺口"), h1);
            assertEquals("（一）发展目标", texts(document, "Heading2").get(0));
            assertEquals(List.of("1.建设科技创新平台", "2.开展联合研发项目", "3.服务创新主体"), texts(document, "Heading3"));
            assertEquals(1, texts(document, "Title").size());
            assertTrue(texts(document, "Title").get(0).endsWith("追溯报告"));
        }
    }

    @Test
    void stylesNameTheOfficialFontsWithTimesNewRomanForLatin() throws Exception {
        try (XWPFDocument document = open(ReportType.RESPONSIBILITIES)) {
            assertEquals("方正小标宋简体", eastAsia(document, "Title"));
            assertEquals("黑体", eastAsia(document, "Heading1"));
            assertEquals("楷体_GB2312", eastAsia(document, "Heading2"));
            XWPFStyle heading3 = document.getStyles().getStyle("Heading3");
            assertTrue(heading3.getCTStyle().getRPr().sizeOfBArray() > 0, "level 3 is bold");
            assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName());
            String defaults = document.getStyles().getStyle("Normal").getCTStyle().xmlText();
            assertTrue(defaults.contains("560"), "fixed 28 pt line: " + defaults);
            String xml = document.getStyle().xmlText();
            assertTrue(xml.contains("仿宋_GB2312") && xml.contains("Times New Roman"), "body 仿宋, Latin Times New Roman");
            assertEquals(44, ((BigInteger) document.getStyles().getStyle("Title").getCTStyle().getRPr().getSzArray(0).getVal())
                    .intValue(), "title 2号 = 22 pt");
            assertTrue(document.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml")).size() == 1,
                    "font table with fallbacks");
        }
    }

    @Test
    void a4WithGbMarginsAndDashedPageNumbersOddRightEvenLeft() throws Exception {
        try (XWPFDocument document = open(ReportType.RESPONSIBILITIES)) {
            CTSectPr section = document.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(11906), section.getPgSz().getW());
            assertEquals(BigInteger.valueOf(16838), section.getPgSz().getH());
            CTPageMar margins = section.getPgMar();
            assertEquals(2098, ((BigInteger) margins.getTop()).intValue(), "37 mm");
            assertEquals(1984, ((BigInteger) margins.getBottom()).intValue(), "35 mm");
            assertEquals(1587, ((BigInteger) margins.getLeft()).intValue(), "28 mm");
            assertEquals(1474, ((BigInteger) margins.getRight()).intValue(), "26 mm");
            assertTrue(document.getEvenAndOddHeadings());
            List<XWPFFooter> footers = document.getFooterList();
            assertEquals(2, footers.size());
            for (XWPFFooter footer : footers) {
                String xml = footer._getHdrFtr().xmlText();
                assertTrue(xml.contains("PAGE"), xml);
                assertTrue(footer.getText().startsWith("\u2014 ") && footer.getText().strip().endsWith("\u2014"), footer.getText());
            }
        }
    }

    @Test
    void responsibilityTableIsAStyledTableWithARepeatingHeader() throws Exception {
        try (XWPFDocument document = open(ReportType.RESPONSIBILITIES)) {
            XWPFTable table = document.getTables().get(0);
            assertEquals("PlanTable", table.getStyleID());
            assertTrue(table.getRow(0).isRepeatHeader());
            assertEquals("序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 | 进展状态",
                    table.getRow(0).getTableCells().stream().map(c -> c.getText()).collect(Collectors.joining(" | ")));
            assertEquals(1 + 3 + 12, table.getNumberOfRows());
            assertEquals("一、构建“一带一路”科技创新工作体系", table.getRow(1).getCell(0).getText());
            assertEquals("市科委、中关村管委会", table.getRow(2).getCell(2).getText());
            XWPFParagraph caption = (XWPFParagraph) document.getBodyElements()
                    .get(document.getBodyElements().indexOf(table) - 1);
            assertEquals("Caption", caption.getStyle());
            assertEquals("表1  重点任务分工", caption.getText());
        }
    }

    @Test
    void progressChartsArePictures() throws Exception {
        try (XWPFDocument document = open(ReportType.PROGRESS)) {
            assertEquals(4, document.getAllPictures().size());
            assertTrue(texts(document, "FigureCaption").get(0).startsWith("图1"));
        }
    }

    private static List<String> texts(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static String eastAsia(XWPFDocument document, String style) {
        return document.getStyles().getStyle(style).getCTStyle().getRPr().getRFontsArray(0).getEastAsia();
    }
}
