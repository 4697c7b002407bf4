package org.planstudio.report.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planstudio.model.text.FormulaGuard;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Block;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.KeyFigures;
import org.planstudio.report.model.Report;
import org.planstudio.report.model.Table;
import org.planstudio.report.render.ReportRenderer;

/**
 * A workbook with a summary sheet (title, plan, key figures) and one sheet per table. Numbers,
 * percentages and dates are real cell values; text is always a string cell, never a formula.
 */
public final class XlsxRenderer implements ReportRenderer {

    // Excel column width unit is 1/256 of a character; a table spreads over about 110 characters.
    private static final int TABLE_CHARS = 110;

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        ReportTexts texts = ReportTexts.of(report.locale());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            SheetNames names = new SheetNames();
            summary(workbook.createSheet(names.unique(texts.get("sheet.summary"))), report, styles);
            for (Table table : report.tables()) {
                table(workbook.createSheet(names.unique(table.sheetName())), table, styles);
            }
            workbook.write(out);
        }
    }

    private static void summary(Sheet sheet, Report report, XlsxStyles styles) {
        int r = 0;
        text(sheet.createRow(r++).createCell(0), report.title(), styles.title, styles);
        for (String line : report.meta()) {
            text(sheet.createRow(r++).createCell(0), line, styles.label, styles);
        }
        r++;
        for (Block block : report.blocks()) {
            if (block instanceof KeyFigures figures) {
                for (KeyFigures.Figure figure : figures.figures()) {
                    Row row = sheet.createRow(r++);
                    text(row.createCell(0), figure.label(), styles.label, styles);
                    text(row.createCell(1), figure.value(), styles.text, styles);
                    text(row.createCell(2), figure.detail(), styles.text, styles);
                }
                r++;
            }
        }
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 22 * 256);
        sheet.setColumnWidth(2, 60 * 256);
    }

    private static void table(Sheet sheet, Table table, XlsxStyles styles) {
        int columns = table.columns().size();
        text(sheet.createRow(0).createCell(0), table.caption(), styles.caption, styles);
        Row header = sheet.createRow(1);
        for (int c = 0; c < columns; c++) {
            text(header.createCell(c), table.columns().get(c).header(), styles.header, styles);
        }
        int r = 2;
        for (org.planstudio.report.model.Row row : table.rows()) {
            Row sheetRow = sheet.createRow(r);
            if (row.kind() == org.planstudio.report.model.Row.Kind.GROUP) {
                for (int c = 0; c < columns; c++) {
                    sheetRow.createCell(c).setCellStyle(styles.group);
                }
                value(sheetRow.getCell(0), row.cells().get(0), styles, styles.group);
                if (columns > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
                }
            } else {
                boolean total = row.kind() == org.planstudio.report.model.Row.Kind.TOTAL;
                for (int c = 0; c < columns; c++) {
                    value(sheetRow.createCell(c), row.cells().get(c), styles, total ? styles.total : null);
                }
            }
            r++;
        }
        int weights = table.columns().stream().mapToInt(Column::weight).sum();
        for (int c = 0; c < columns; c++) {
            int chars = Math.max(6, TABLE_CHARS * table.columns().get(c).weight() / weights);
            sheet.setColumnWidth(c, Math.min(255, chars) * 256);
        }
        sheet.createFreezePane(0, 2);
    }

    private static void value(Cell cell, org.planstudio.report.model.Cell value, XlsxStyles styles,
            org.apache.poi.ss.usermodel.CellStyle override) {
        if (value instanceof org.planstudio.report.model.Cell.Text text) {
            text(cell, text.value(), override != null ? override : styles.text, styles);
        } else if (value instanceof org.planstudio.report.model.Cell.Marked marked) {
            text(cell, marked.text(), override != null ? override : styles.text, styles);
        } else if (value instanceof org.planstudio.report.model.Cell.Number number) {
            cell.setCellValue(number(number.value()));
            cell.setCellStyle(override != null ? override : styles.number);
        } else if (value instanceof org.planstudio.report.model.Cell.Percent percent) {
            cell.setCellValue(number(percent.ratio()));
            cell.setCellStyle(styles.percent);
        } else if (value instanceof org.planstudio.report.model.Cell.Date date) {
            cell.setCellValue(date.value());
            cell.setCellStyle(styles.date);
        } else {
            cell.setBlank();
            cell.setCellStyle(override != null ? override : styles.text);
        }
    }

    /** A string cell; formula-like text also gets the quote prefix so that editing it keeps it text. */
    private static void text(Cell cell, String text, org.apache.poi.ss.usermodel.CellStyle style, XlsxStyles styles) {
        cell.setCellValue(text);
        cell.setCellStyle(FormulaGuard.looksLikeFormula(text) ? styles.quoted(style) : style);
    }

    private static double number(BigDecimal value) {
        return value.doubleValue();
    }
}
