package org.planstudio.report.model;

import java.util.List;
import java.util.Objects;

/**
 * A table with its caption ("表1 …", printed above it) and a short name for a spreadsheet tab.
 * Body and total rows have one cell per column; group rows have one cell.
 */
public record Table(String caption, String sheetName, List<Column> columns, List<Row> rows) implements Block {

    public Table {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(sheetName, "sheetName");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs a column");
        }
        for (Row row : rows) {
            int expected = row.kind() == Row.Kind.GROUP ? 1 : columns.size();
            if (row.cells().size() != expected) {
                throw new IllegalArgumentException("table '" + caption + "': a " + row.kind() + " row has "
                        + row.cells().size() + " cells, expected " + expected);
            }
        }
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
