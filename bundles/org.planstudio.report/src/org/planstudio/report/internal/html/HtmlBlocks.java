package org.planstudio.report.internal.html;

import java.util.List;

import org.planstudio.report.internal.CellText;
import org.planstudio.report.internal.ChartImages;
import org.planstudio.report.internal.ReportTexts;
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

/** Writes the body blocks of a report as HTML elements. */
final class HtmlBlocks {

    private final StringBuilder html;
    private final ReportTexts texts;
    private final CellText cells;
    private int charts;

    HtmlBlocks(StringBuilder html, ReportTexts texts) {
        this.html = html;
        this.texts = texts;
        this.cells = new CellText(texts);
    }

    void write(Block block) {
        if (block instanceof Heading heading) {
            heading(heading);
        } else if (block instanceof Paragraph paragraph) {
            html.append("<p class=\"").append(paragraph.style() == Paragraph.Style.NOTE ? "note" : "body").append("\">")
                    .append(HtmlEscape.text(paragraph.text())).append("</p>\n");
        } else if (block instanceof KeyFigures figures) {
            figures(figures);
        } else if (block instanceof Table table) {
            html.append("<figure class=\"table\">\n");
            table(table);
            html.append("</figure>\n");
        } else if (block instanceof Chart chart) {
            chart(chart);
        } else if (block instanceof Picture picture) {
            picture(picture);
        }
    }

    private void heading(Heading heading) {
        // The report title is h1; outline level 1 is h2.
        String tag = "h" + (heading.level() + 1);
        html.append('<').append(tag).append('>');
        if (!heading.number().isEmpty()) {
            html.append("<span class=\"no\">").append(HtmlEscape.text(heading.number())).append("</span>");
        }
        html.append(HtmlEscape.text(heading.text())).append("</").append(tag).append(">\n");
    }

    private void figures(KeyFigures figures) {
        html.append("<div class=\"figures\">\n");
        for (KeyFigures.Figure figure : figures.figures()) {
            html.append("<div class=\"figure\"><div class=\"value\">").append(HtmlEscape.text(figure.value()))
                    .append("</div><div class=\"label\">").append(HtmlEscape.text(figure.label()))
                    .append("</div><div class=\"detail\">").append(HtmlEscape.text(figure.detail())).append("</div></div>\n");
        }
        html.append("</div>\n");
    }

    private void picture(Picture picture) {
        html.append("<figure class=\"chart picture\">\n").append(picture.svg()).append('\n')
                .append("<figcaption>").append(HtmlEscape.text(picture.caption())).append("</figcaption>\n")
                .append("<details><summary>").append(HtmlEscape.text(texts.get("html.chartData"))).append("</summary>\n");
        table(picture.data(), picture.anchors());
        html.append("</details>\n</figure>\n");
    }

    private void table(Table table) {
        table(table, List.of());
    }

    /** With anchors, each body row gets its anchor as id, for links from a picture. */
    private void table(Table table, List<String> anchors) {
        html.append("<figcaption>").append(HtmlEscape.text(table.caption())).append("</figcaption>\n<table>\n<colgroup>");
        int total = table.columns().stream().mapToInt(Column::weight).sum();
        for (Column column : table.columns()) {
            html.append("<col style=\"width:").append(Math.round(100.0 * column.weight() / total)).append("%\">");
        }
        html.append("</colgroup>\n<thead><tr>");
        for (String header : table.headers()) {
            html.append("<th scope=\"col\">").append(HtmlEscape.text(header)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < table.rows().size(); i++) {
            row(table.rows().get(i), table.columns().size(), anchors.isEmpty() ? null : anchors.get(i));
        }
        html.append("</tbody>\n</table>\n");
    }

    private void row(Row row, int columns, String anchor) {
        if (row.kind() == Row.Kind.GROUP) {
            html.append("<tr class=\"group\"><td colspan=\"").append(columns).append("\">")
                    .append(HtmlEscape.text(cells.format(row.cells().get(0)))).append("</td></tr>\n");
            return;
        }
        html.append(row.kind() == Row.Kind.TOTAL ? "<tr class=\"total\"" : "<tr");
        if (anchor != null) {
            html.append(" id=\"").append(HtmlEscape.text(anchor)).append('"');
        }
        html.append('>');
        List<Cell> values = row.cells();
        for (Cell cell : values) {
            html.append(CellText.numeric(cell) ? "<td class=\"num\">" : "<td>");
            if (cell instanceof Cell.Marked marked) {
                marked(marked);
            } else {
                html.append(HtmlEscape.text(cells.format(cell)));
            }
            html.append("</td>");
        }
        html.append("</tr>\n");
    }

    private void marked(Cell.Marked marked) {
        for (Cell.Marked.Run run : marked.runs()) {
            String text = HtmlEscape.text(run.text());
            switch (run.mark()) {
            case KEPT -> html.append(text);
            case DELETED -> html.append("<del>").append(text).append("</del>");
            case INSERTED -> html.append("<ins>").append(text).append("</ins>");
            }
        }
    }

    private void chart(Chart chart) {
        charts++;
        html.append("<figure class=\"chart\">\n")
                // JFreeSVG escapes the texts it draws (titles, labels) itself.
                .append(ChartImages.svg(chart, "chart" + charts + "_")).append('\n')
                .append("<figcaption>").append(HtmlEscape.text(chart.caption())).append("</figcaption>\n")
                .append("<details><summary>").append(HtmlEscape.text(texts.get("html.chartData"))).append("</summary>\n");
        table(chart.data());
        html.append("</details>\n</figure>\n");
    }
}
