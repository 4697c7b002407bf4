package org.planstudio.report.model;

import java.util.List;
import java.util.Objects;

/**
 * A table row. A {@link Kind#GROUP} row is a heading inside the table (a task area in the
 * responsibility table): its first cell spans the row.
 */
public record Row(Kind kind, List<Cell> cells) {

    public enum Kind {
        BODY, GROUP, TOTAL
    }

    public Row {
        Objects.requireNonNull(kind, "kind");
        cells = List.copyOf(cells);
    }

    public static Row body(Cell... cells) {
        return new Row(Kind.BODY, List.of(cells));
    }

    public static Row group(String text) {
        return new Row(Kind.GROUP, List.of(Cell.text(text)));
    }

    public static Row total(Cell... cells) {
        return new Row(Kind.TOTAL, List.of(cells));
    }
}
