package org.planstudio.report.internal.csv;

import org.planstudio.report.model.Cell;

/**
 * Cell values as a spreadsheet imports them: plain numbers with a dot, ISO dates, percentages as
 * ratios with a % sign, text guarded against formulas. Locale-independent on purpose: a CSV made
 * on a Chinese desktop must import the same way on an English one.
 */
final class CsvCells {

    String format(Cell cell) {
        if (cell instanceof Cell.Text text) {
            return CsvRenderer.guard(text.value());
        }
        if (cell instanceof Cell.Number number) {
            return number.value().stripTrailingZeros().toPlainString();
        }
        if (cell instanceof Cell.Percent percent) {
            return percent.ratio().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        if (cell instanceof Cell.Date date) {
            return date.value().toString();
        }
        if (cell instanceof Cell.Marked marked) {
            return CsvRenderer.guard(marked.text());
        }
        return "";
    }
}
