package org.planstudio.report.internal.xlsx;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The handful of cell styles a report workbook uses, created once per workbook. */
final class XlsxStyles {

    final CellStyle title;
    final CellStyle caption;
    final CellStyle header;
    final CellStyle text;
    final CellStyle number;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle group;
    final CellStyle total;
    final CellStyle label;

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);

        title = workbook.createCellStyle();
        title.setFont(big);
        caption = workbook.createCellStyle();
        caption.setFont(bold);
        label = workbook.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);

        header = bordered(workbook);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        text = bordered(workbook);
        number = bordered(workbook);
        // "General" shows 100 as 100 and 2.5 as 2.5 ("0.##" would show "100.").
        number.setDataFormat(workbook.createDataFormat().getFormat("General"));
        percent = bordered(workbook);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        date = bordered(workbook);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        group = bordered(workbook);
        group.setFont(bold);
        group.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        total = bordered(workbook);
        total.setFont(bold);
    }

    /**
     * The style for text that looks like a formula: the same look plus Excel's quote prefix, which
     * keeps the cell text even when someone edits it.
     */
    CellStyle quoted(CellStyle style) {
        return quoted.computeIfAbsent(style, base -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(base);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(true);
        return style;
    }
}
