package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.planstudio.report.ReportType;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Block;
import org.planstudio.report.model.Chart;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.Heading;
import org.planstudio.report.model.KeyFigures;
import org.planstudio.report.model.Paragraph;
import org.planstudio.report.model.Picture;
import org.planstudio.report.model.Report;
import org.planstudio.report.model.Row;
import org.planstudio.report.model.Table;

/** Collects a report's blocks in order, numbering headings, tables ("表1") and charts ("图1") as it goes. */
final class ReportComposer {

    // Points; Word scales a chart to the 442 pt text width, so 11 pt labels print at about 9 pt.
    static final int CHART_WIDTH = 540;
    static final int CHART_HEIGHT = 300;

    private final ReportTexts texts;
    private final Outline outline;
    private final List<Block> blocks = new ArrayList<>();
    private int tables;
    private int charts;

    ReportComposer(ReportTexts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.outline = new Outline(texts.chinese());
    }

    ReportComposer heading(int level, String text) {
        blocks.add(new Heading(level, outline.next(level), text));
        return this;
    }

    ReportComposer paragraph(String text) {
        blocks.add(Paragraph.body(text));
        return this;
    }

    ReportComposer note(String text) {
        blocks.add(Paragraph.note(text));
        return this;
    }

    ReportComposer figures(List<KeyFigures.Figure> figures) {
        blocks.add(new KeyFigures(figures));
        return this;
    }

    ReportComposer table(String title, String sheetName, List<Column> columns, List<Row> rows) {
        blocks.add(newTable(title, sheetName, columns, rows));
        return this;
    }

    /** A chart; its numbers go into a table that only formats without charts show. */
    ReportComposer chart(String title, JFreeChart chart, String sheetName, List<Column> columns, List<Row> rows) {
        charts++;
        String caption = texts.get("caption.figure", charts, title);
        Table data = new Table(texts.get("caption.figureData", charts, title), sheetName, columns, rows);
        blocks.add(new Chart(caption, chart, data, CHART_WIDTH, CHART_HEIGHT));
        return this;
    }

    /** A drawing numbered with the charts ("图N"); its numbers go into a table, its rows named by anchors. */
    ReportComposer picture(String title, String svg, byte[] png, int width, int height, String sheetName,
            List<Column> columns, List<Row> rows, List<String> anchors) {
        charts++;
        String caption = texts.get("caption.figure", charts, title);
        Table data = new Table(texts.get("caption.figureData", charts, title), sheetName, columns, rows);
        blocks.add(new Picture(caption, svg, png, width, height, data, anchors));
        return this;
    }

    private Table newTable(String title, String sheetName, List<Column> columns, List<Row> rows) {
        tables++;
        return new Table(texts.get("caption.table", tables, title), sheetName, columns, rows);
    }

    Report build(ReportType type, String title, List<String> meta) {
        return new Report(type, texts.locale(), title, meta, blocks);
    }
}
