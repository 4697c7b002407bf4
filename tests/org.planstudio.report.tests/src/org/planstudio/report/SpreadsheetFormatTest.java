package org.planstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Excel gets a summary and one sheet per table with real numbers; CSV is UTF-8 with a BOM. */
class SpreadsheetFormatTest {

    @Test
    void workbookHasASummaryAndOneSheetPerTableWithNumbers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                Rendered.sample(ReportType.RESPONSIBILITIES, ReportFormat.XLSX, Locale.SIMPLIFIED_CHINESE)))) {
            assertEquals("概况", workbook.getSheetName(0));
            assertEquals("任务分工", workbook.getSheetName(1));
            XSSFSheet sheet = workbook.getSheetAt(1);
            assertEquals("表1  重点任务分工", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("序号", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("一、构建“一带一路”科技创新工作体系", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(3).getCell(0).getCellType());
            assertEquals(1.0, sheet.getRow(3).getCell(0).getNumericCellValue());
            assertEquals("市科委、中关村管委会", sheet.getRow(3).getCell(2).getStringCellValue());
            assertTrue(sheet.getRow(3).getCell(4).getCellStyle().getDataFormatString().contains("yy"), "a real date");
            assertEquals(2 + 3 + 12, sheet.getPhysicalNumberOfRows());
        }
    }

    @Test
    void progressWorkbookHasAPercentageCell() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                Rendered.sample(ReportType.PROGRESS, ReportFormat.XLSX, Locale.SIMPLIFIED_CHINESE)))) {
            XSSFSheet sheet = workbook.getSheet("指标完成情况");
            assertEquals("建设科技创新平台", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(100.0, sheet.getRow(2).getCell(1).getNumericCellValue());
            assertEquals("0.0%", sheet.getRow(2).getCell(4).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void csvIsUtf8WithBomAndEveryTable() {
        byte[] bytes = Rendered.sample(ReportType.TRACEABILITY, ReportFormat.CSV, Locale.SIMPLIFIED_CHINESE);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        List<List<String>> rows = Csv.parse(bytes);
        assertEquals(List.of("概况"), rows.get(0), "the key figures first");
        assertEquals(List.of("项目", "数值", "说明"), rows.get(1));
        assertEquals(List.of("关联指标的任务", "12 / 12（100%）", "至少支撑一项指标的重点任务"), rows.get(2));
        int first = rows.indexOf(List.of("表1  “发展目标”的指标"));
        assertEquals(List.of("指标", "目标值", "单位", "目标年份", "统计方式", "任务数"), rows.get(first + 1));
        assertEquals(List.of("建设科技创新平台", "100", "个", "2027", "累计", "6"), rows.get(first + 2));
        assertEquals(6, rows.stream().filter(r -> r.size() == 1 && r.get(0).startsWith("表")).count(), "every table");
    }
}
