package org.planstudio.report.model;

import java.util.Objects;

import org.jfree.chart.JFreeChart;

/**
 * A chart with its caption ("图1 …", printed below it) and the data behind it as a table, so
 * that formats without charts (spreadsheets, CSV) and screen readers still get the numbers.
 * Width and height are the drawing size in points; renderers scale it to the page.
 */
public record Chart(String caption, JFreeChart chart, Table data, int width, int height) implements Block {

    public Chart {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(data, "data");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive: " + width + "x" + height);
        }
    }
}
