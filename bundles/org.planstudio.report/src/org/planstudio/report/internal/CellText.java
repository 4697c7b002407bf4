package org.planstudio.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.planstudio.report.model.Cell;

/** How a cell reads in formats that print text (HTML, Word): one formatting for all of them. */
public final class CellText {

    private final ReportTexts texts;
    private final DateTimeFormatter dates;

    public CellText(ReportTexts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.dates = DateTimeFormatter.ofPattern(texts.get("date.pattern"), texts.locale());
    }

    public String format(Cell cell) {
        Objects.requireNonNull(cell, "cell");
        if (cell instanceof Cell.Text text) {
            return text.value();
        }
        if (cell instanceof Cell.Number number) {
            return number.value().stripTrailingZeros().toPlainString();
        }
        if (cell instanceof Cell.Percent percent) {
            BigDecimal value = percent.ratio().movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
            return (value.scale() < 0 ? value.setScale(0) : value).toPlainString() + "%";
        }
        if (cell instanceof Cell.Date date) {
            return dates.format(date.value());
        }
        if (cell instanceof Cell.Marked marked) {
            return marked.text();
        }
        return texts.get("none");
    }

    /** Numbers and percentages are right-aligned in printed tables. */
    public static boolean numeric(Cell cell) {
        return cell instanceof Cell.Number || cell instanceof Cell.Percent;
    }
}
