package org.planstudio.report.model;

import java.util.List;
import java.util.Objects;

/**
 * A figure drawn outside JFreeChart (the partner-country map): inline SVG for HTML, a PNG picture
 * for Word, and the data behind it as a table for spreadsheets, CSV and screen readers. {@code anchors}
 * name the data rows (one per row, or none) so that links inside the SVG can point at them.
 */
public record Picture(String caption, String svg, byte[] png, int width, int height, Table data, List<String> anchors)
        implements Block {

    public Picture {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(data, "data");
        anchors = List.copyOf(anchors);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("picture size must be positive: " + width + "x" + height);
        }
        if (!anchors.isEmpty() && anchors.size() != data.rows().size()) {
            throw new IllegalArgumentException("one anchor per data row, or none");
        }
    }
}
