package org.planstudio.report.internal.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.planstudio.model.text.FormulaGuard;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Block;
import org.planstudio.report.model.Chart;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.KeyFigures;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Picture;
import org.planstudio.report.model.Report;
import org.planstudio.report.model.Row;
import org.planstudio.report.model.Table;
import org.planstudio.report.render.ReportRenderer;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel and WPS open Chinese correctly.
 * Every table of the report (key figures and chart data included) is written in turn: a line
 * with the caption, the header line, the rows, an empty line. Every field is quoted. Text that a spreadsheet would run as a formula
 * gets a leading apostrophe (the OWASP recommendation): Excel then shows it as text, and the
 * apostrophe tells the reader the cell was neutralised.
 */
public final class CsvRenderer implements ReportRenderer {

    private static final String LINE_END = "\r\n";

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Writer writer = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CsvCells cells = new CsvCells();
        boolean first = true;
        for (Table table : tables(report)) {
            if (!first) {
                writer.write(LINE_END);
            }
            first = false;
            line(writer, List.of(guard(table.caption())));
            line(writer, table.headers());
            for (Row row : table.rows()) {
                List<String> fields = new ArrayList<>();
                for (Cell cell : row.cells()) {
                    fields.add(cells.format(cell));
                }
                line(writer, fields);
            }
        }
        writer.flush();
    }

    private static List<Table> tables(Report report) {
        ReportTexts texts = ReportTexts.of(report.locale());
        List<Table> tables = new ArrayList<>();
        for (Block block : report.blocks()) {
            if (block instanceof KeyFigures figures) {
                tables.add(new Table(texts.get("sheet.summary"), texts.get("sheet.summary"),
                        List.of(new Column(texts.get("col.figureLabel"), 1), new Column(texts.get("col.figureValue"), 1),
                                new Column(texts.get("col.figureDetail"), 1)),
                        figures.figures().stream().map(f -> org.planstudio.report.model.Row.body(Cell.text(f.label()),
                                Cell.text(f.value()), Cell.text(f.detail()))).toList()));
            } else if (block instanceof Table table) {
                tables.add(table);
            } else if (block instanceof Chart chart) {
                tables.add(chart.data());
            } else if (block instanceof Picture picture) {
                tables.add(picture.data());
            }
        }
        return tables;
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quote(fields.get(i)));
        }
        writer.write(LINE_END);
    }

    static String quote(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Only text can be a formula; numbers (negative ones too) stay numbers. */
    static String guard(String text) {
        return FormulaGuard.quoted(text);
    }
}
