package org.planstudio.report.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.planstudio.report.internal.CellText;
import org.planstudio.report.internal.ChartImages;
import org.planstudio.report.model.Block;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Chart;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.Heading;
import org.planstudio.report.model.KeyFigures;
import org.planstudio.report.model.Paragraph;
import org.planstudio.report.model.Picture;
import org.planstudio.report.model.Row;
import org.planstudio.report.model.Table;

/** Writes report blocks as Word paragraphs and tables, each in its named style. */
final class DocxBlocks {

    private static final int PICTURE_SCALE = 2;

    private final XWPFDocument document;
    private final CellText cells;
    private final DocxTables tables;
    private int pictures;

    DocxBlocks(XWPFDocument document, CellText cells) {
        this.document = document;
        this.cells = cells;
        this.tables = new DocxTables(document);
    }

    void title(String title, List<String> meta) {
        paragraph("Title", title);
        for (String line : meta) {
            paragraph("Subtitle", line);
        }
        paragraph("Normal", "");
    }

    void write(Block block) throws IOException {
        if (block instanceof Heading heading) {
            paragraph("Heading" + heading.level(), heading.numberedText());
        } else if (block instanceof Paragraph paragraph) {
            paragraph(paragraph.style() == Paragraph.Style.NOTE ? "Note" : "Normal", paragraph.text());
        } else if (block instanceof KeyFigures figures) {
            figures(figures);
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof Chart chart) {
            chart(chart);
        } else if (block instanceof Picture picture) {
            picture(picture.caption(), picture.png(), picture.width(), picture.height());
        }
    }

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        if (!text.isEmpty()) {
            paragraph.createRun().setText(text);
        }
        return paragraph;
    }

    private void figures(KeyFigures figures) {
        List<Row> rows = figures.figures().stream()
                .map(f -> Row.body(Cell.text(f.label()), Cell.text(f.value()), Cell.text(f.detail()))).toList();
        tables.write(List.of(new Column("", 4), new Column("", 3), new Column("", 6)), rows, false, cells);
        paragraph("Note", "");
    }

    private void table(Table table) {
        paragraph("Caption", table.caption());
        tables.write(table.columns(), table.rows(), true, cells);
        paragraph("Note", "");
    }

    private void chart(Chart chart) throws IOException {
        picture(chart.caption(), ChartImages.png(chart, PICTURE_SCALE), chart.width(), chart.height());
    }

    private void picture(String caption, byte[] png, int width, int height) throws IOException {
        pictures++;
        double widthPt = DocxPage.TEXT_WIDTH / 20.0;
        double heightPt = widthPt * height / width;
        XWPFParagraph paragraph = paragraph("Picture", "");
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                    "chart" + pictures + ".png", Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (InvalidFormatException e) {
            throw new IOException("chart picture rejected: " + e.getMessage(), e);
        }
        // The numbers behind a chart are in the report's tables; Word shows the picture only.
        paragraph("FigureCaption", caption);
    }
}
