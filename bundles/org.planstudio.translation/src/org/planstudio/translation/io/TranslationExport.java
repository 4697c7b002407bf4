package org.planstudio.translation.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.FormulaGuard;
import org.planstudio.translation.PlanText;
import org.planstudio.translation.internal.Messages;

/**
 * Writes the texts a translator is to work on as an Excel workbook: one row per text, the new
 * English to be typed in the one unlocked column. The sheet is protected without a password (a
 * translator who needs to can lift it); what protects the import is the hidden digest of the
 * Chinese each row was exported with, which the import compares with the Chinese in the row and
 * with the plan's Chinese then.
 */
public final class TranslationExport {

    /** Name of the workbook's custom property that records the plan's id. */
    public static final String PLAN_PROPERTY = "PlanStudioPlan";
    static final String SHEET = "翻译 Translations";

    private TranslationExport() {
    }

    /**
     * @param texts  the rows, typically {@code PlanTexts.needingTranslation(plan)}
     * @param locale the language of the status column
     * @return the number of rows written
     */
    public static int write(Plan plan, List<PlanText> texts, Path out, Locale locale) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(locale, "locale");
        Path absolute = out.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".planstudio-", ".xlsx");
        try {
            try (XSSFWorkbook workbook = workbook(plan, texts, locale); OutputStream stream = Files.newOutputStream(temporary)) {
                workbook.write(stream);
            }
            // A file that is half written is never left under the name the user chose.
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return texts.size();
    }

    private static XSSFWorkbook workbook(Plan plan, List<PlanText> texts, Locale locale) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.getProperties().getCustomProperties().addProperty(PLAN_PROPERTY, plan.getId());
        XSSFSheet sheet = workbook.createSheet(SHEET);
        CellStyle header = headerStyle(workbook);
        CellStyle locked = textStyle(workbook, true);
        CellStyle open = textStyle(workbook, false);
        TranslationColumn[] columns = TranslationColumn.values();
        XSSFRow headerRow = sheet.createRow(0);
        for (TranslationColumn column : columns) {
            headerRow.createCell(column.ordinal()).setCellValue(column.header());
            headerRow.getCell(column.ordinal()).setCellStyle(header);
            sheet.setColumnWidth(column.ordinal(), column.width() * 256);
        }
        // Rows a translator adds below the last one can be typed in, too.
        sheet.setDefaultColumnStyle(TranslationColumn.NEW_ENGLISH.ordinal(), open);
        int rowNumber = 1;
        for (PlanText text : texts) {
            XSSFRow row = sheet.createRow(rowNumber++);
            set(row, TranslationColumn.ID, text.elementId(), locked);
            set(row, TranslationColumn.FIELD, text.field(), locked);
            set(row, TranslationColumn.CHINESE, text.zh(), locked);
            set(row, TranslationColumn.ENGLISH, text.en().orElse(""), locked);
            set(row, TranslationColumn.STATUS, Messages.format(locale, "state." + text.state().name()), locked);
            set(row, TranslationColumn.NEW_ENGLISH, "", open);
            set(row, TranslationColumn.DIGEST, text.digest(), locked);
        }
        sheet.setColumnHidden(TranslationColumn.DIGEST.ordinal(), true);
        sheet.createFreezePane(0, 1);
        sheet.enableLocking();
        // Protection guards the cells, not the layout: widening a column or a row stays possible.
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        return workbook;
    }

    private static void set(XSSFRow row, TranslationColumn column, String value, CellStyle style) {
        var cell = row.createCell(column.ordinal());
        cell.setCellValue(FormulaGuard.quoted(value));
        cell.setCellStyle(style);
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        style.setLocked(true);
        return style;
    }

    private static CellStyle textStyle(XSSFWorkbook workbook, boolean locked) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setLocked(locked);
        if (!locked) {
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
