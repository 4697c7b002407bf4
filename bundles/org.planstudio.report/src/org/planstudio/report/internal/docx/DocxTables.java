package org.planstudio.report.internal.docx;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.planstudio.report.internal.CellText;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.Row;

/**
 * Word tables in the "Plan Table" style, laid out to the text width by the columns' weights,
 * with a header row that repeats on every page and rows that do not break across pages.
 */
final class DocxTables {

    private static final String HEADER_SHADE = "E7E6E6";

    private final XWPFDocument document;

    DocxTables(XWPFDocument document) {
        this.document = document;
    }

    void write(List<Column> columns, List<Row> rows, boolean header, CellText cells) {
        int[] widths = widths(columns);
        XWPFTable table = document.createTable();
        layout(table, widths);
        XWPFTableRow first = table.getRow(0);
        if (header) {
            for (int c = 0; c < columns.size(); c++) {
                XWPFTableCell cell = c == 0 ? first.getCell(0) : first.addNewTableCell();
                fill(cell, columns.get(c).header(), "TableHeading", widths[c]);
                cell.setColor(HEADER_SHADE);
            }
            first.setRepeatHeader(true);
            first.setCantSplitRow(true);
        }
        boolean reuseFirst = !header;
        for (Row row : rows) {
            XWPFTableRow tableRow = reuseFirst ? first : table.createRow();
            reuseFirst = false;
            tableRow.setCantSplitRow(true);
            if (row.kind() == Row.Kind.GROUP) {
                group(tableRow, cells.format(row.cells().get(0)), widths);
                continue;
            }
            String textStyle = row.kind() == Row.Kind.TOTAL ? "TableGroup" : "TableText";
            for (int c = 0; c < columns.size(); c++) {
                XWPFTableCell cell = cell(tableRow, c);
                Cell value = row.cells().get(c);
                fill(cell, cells.format(value), CellText.numeric(value) ? "TableNumber" : textStyle, widths[c]);
            }
        }
    }

    private static void layout(XWPFTable table, int[] widths) {
        table.setStyleID("PlanTable");
        CTTblPr properties = table.getCTTbl().getTblPr();
        // POI gives new tables direct borders; the table style carries them, so staff can restyle.
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders();
        }
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(DocxPage.TEXT_WIDTH));
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    private static void group(XWPFTableRow row, String text, int[] widths) {
        XWPFTableCell cell = cell(row, 0);
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        fill(cell, text, "TableGroup", DocxPage.TEXT_WIDTH);
        cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(widths.length));
        cell.setColor(HEADER_SHADE);
    }

    private static XWPFTableCell cell(XWPFTableRow row, int index) {
        XWPFTableCell cell = row.getCell(index);
        return cell != null ? cell : row.addNewTableCell();
    }

    private static void fill(XWPFTableCell cell, String text, String style, int width) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setStyle(style);
        paragraph.getRuns().forEach(run -> run.setText("", 0));
        paragraph.createRun().setText(text);
        CTTblWidth cellWidth = cell.getCTTc().isSetTcPr() && cell.getCTTc().getTcPr().isSetTcW()
                ? cell.getCTTc().getTcPr().getTcW()
                : (cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr()).addNewTcW();
        cellWidth.setType(STTblWidth.DXA);
        cellWidth.setW(BigInteger.valueOf(width));
    }

    private static int[] widths(List<Column> columns) {
        int total = columns.stream().mapToInt(Column::weight).sum();
        int[] widths = new int[columns.size()];
        int used = 0;
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c == widths.length - 1 ? DocxPage.TEXT_WIDTH - used
                    : DocxPage.TEXT_WIDTH * columns.get(c).weight() / total;
            used += widths[c];
        }
        return widths;
    }
}
