package org.planstudio.report.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A table cell with its kind of value, so that spreadsheets get real numbers and dates and only
 * text is ever treated as text (the formula guard applies to {@link Text} alone).
 */
public sealed interface Cell {

    record Text(String value) implements Cell {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    record Number(BigDecimal value) implements Cell {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A ratio (0.25 = 25 %). */
    record Percent(BigDecimal ratio) implements Cell {
        public Percent {
            Objects.requireNonNull(ratio, "ratio");
        }
    }

    record Date(LocalDate value) implements Cell {
        public Date {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Text of one version with what changed against the other marked: printed with deletions struck
     * through in red and insertions underlined in bold, as offices mark a revised draft. The runs
     * joined are that version's text, which is what formats without marking show.
     */
    record Marked(java.util.List<Run> runs) implements Cell {
        public enum Mark {
            KEPT, DELETED, INSERTED
        }

        public record Run(String text, Mark mark) {
            public Run {
                Objects.requireNonNull(text, "text");
                Objects.requireNonNull(mark, "mark");
            }
        }

        public Marked {
            runs = java.util.List.copyOf(runs);
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(r -> text.append(r.text()));
            return text.toString();
        }
    }

    /** Nothing to show (renderers print a dash where a reader would otherwise wonder). */
    record Empty() implements Cell {
    }

    static Cell text(String value) {
        return new Text(value);
    }

    static Cell number(long value) {
        return new Number(BigDecimal.valueOf(value));
    }

    static Cell number(BigDecimal value) {
        return new Number(value);
    }

    static Cell percent(BigDecimal ratio) {
        return new Percent(ratio);
    }

    static Cell date(LocalDate value) {
        return new Date(value);
    }

    static Cell empty() {
        return new Empty();
    }
}
