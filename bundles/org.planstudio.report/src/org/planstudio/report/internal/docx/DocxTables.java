package org.planstudio.report.internal.docx;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import org.planstudio.report.internal.CellText;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.Row;

/**
 * Word tables in the "Plan Table" style, laid out to the text width by the columns' weights,
 * with a header row that repeats on every page and rows that do not break across pages.
 *
 * <p>Rows are written through the XML beans, not POI's row and cell objects: those inspect every
 * new run for pictures, which made a table of 10,000 items take half a minute.
 */
final class DocxTables {

    private static final String SHADE = "E7E6E6";
    private static final String DELETED_COLOUR = "C00000";

    private final XWPFDocument document;

    DocxTables(XWPFDocument document) {
        this.document = document;
    }

    void write(List<Column> columns, List<Row> rows, boolean header, CellText cells) {
        int[] widths = widths(columns);
        XWPFTable table = document.createTable();
        CTTbl tbl = table.getCTTbl();
        layout(tbl, widths);
        // POI starts a table with one empty row; the rows are written below.
        while (tbl.sizeOfTrArray() > 0) {
            tbl.removeTr(0);
        }
        if (header) {
            CTRow tr = row(tbl);
            tr.getTrPr().addNewTblHeader();
            for (int c = 0; c < columns.size(); c++) {
                cell(tr, columns.get(c).header(), "TableHeading", widths[c], 1, true);
            }
        }
        for (Row row : rows) {
            CTRow tr = row(tbl);
            if (row.kind() == Row.Kind.GROUP) {
                cell(tr, cells.format(row.cells().get(0)), "TableGroup", DocxPage.TEXT_WIDTH, widths.length, true);
                continue;
            }
            String textStyle = row.kind() == Row.Kind.TOTAL ? "TableGroup" : "TableText";
            for (int c = 0; c < columns.size(); c++) {
                Cell value = row.cells().get(c);
                if (value instanceof Cell.Marked marked) {
                    runs(cell(tr, "", textStyle, widths[c], 1, false), marked);
                    continue;
                }
                cell(tr, cells.format(value), CellText.numeric(value) ? "TableNumber" : textStyle, widths[c], 1, false);
            }
        }
    }

    private static CTRow row(CTTbl tbl) {
        CTRow tr = tbl.addNewTr();
        CTTrPr properties = tr.addNewTrPr();
        properties.addNewCantSplit();
        return tr;
    }

    /** Revised text as Chinese offices mark it: deletions struck through in red, insertions underlined in bold. */
    private static void runs(CTP paragraph, Cell.Marked marked) {
        paragraph.removeR(0);
        for (Cell.Marked.Run run : marked.runs()) {
            CTR r = paragraph.addNewR();
            if (run.mark() != Cell.Marked.Mark.KEPT) {
                CTRPr properties = r.addNewRPr();
                if (run.mark() == Cell.Marked.Mark.DELETED) {
                    properties.addNewStrike();
                    properties.addNewColor().setVal(DELETED_COLOUR);
                } else {
                    properties.addNewB();
                    properties.addNewU().setVal(STUnderline.SINGLE);
                }
            }
            CTText text = r.addNewT();
            text.setStringValue(run.text());
            text.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

    private static CTP cell(CTRow tr, String text, String style, int width, int span, boolean shaded) {
        CTTc tc = tr.addNewTc();
        CTTcPr properties = tc.addNewTcPr();
        CTTblWidth cellWidth = properties.addNewTcW();
        cellWidth.setType(STTblWidth.DXA);
        cellWidth.setW(BigInteger.valueOf(width));
        if (span > 1) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (shaded) {
            CTShd shade = properties.addNewShd();
            shade.setVal(STShd.CLEAR);
            shade.setColor("auto");
            shade.setFill(SHADE);
        }
        CTP paragraph = tc.addNewP();
        paragraph.addNewPPr().addNewPStyle().setVal(style);
        CTText run = paragraph.addNewR().addNewT();
        run.setStringValue(text);
        if (!text.equals(text.strip())) {
            run.setSpace(SpaceAttribute.Space.PRESERVE);
        }
        return paragraph;
    }

    private static void layout(CTTbl tbl, int[] widths) {
        CTTblPr properties = tbl.getTblPr();
        properties.addNewTblStyle().setVal("PlanTable");
        // POI gives new tables direct borders; the table style carries them, so staff can restyle.
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders();
        }
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(DocxPage.TEXT_WIDTH));
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
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
