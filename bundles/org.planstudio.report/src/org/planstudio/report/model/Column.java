package org.planstudio.report.model;

import java.util.Objects;

/** A table column: its header and its share of the table's width (relative weights). */
public record Column(String header, int weight) {

    public Column {
        Objects.requireNonNull(header, "header");
        if (weight <= 0) {
            throw new IllegalArgumentException("column weight must be positive: " + weight);
        }
    }
}
