package org.planstudio.registry.internal;

import java.util.List;
import java.util.Objects;

/**
 * A header row and the data rows under it, from a CSV file or one worksheet.
 *
 * @param sheet the worksheet's name, "" for CSV
 */
public record Table(String sheet, List<String> header, List<Row> rows) {

    public Table {
        Objects.requireNonNull(sheet, "sheet");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** @param number 1-based, as the spreadsheet shows it */
    public record Row(int number, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public Cell cell(int index) {
            return index < cells.size() ? cells.get(index) : Cell.EMPTY;
        }

        public boolean isEmpty() {
            return cells.stream().allMatch(Cell::isEmpty);
        }
    }
}
