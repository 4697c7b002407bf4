package org.planstudio.report.model;

import java.util.List;
import java.util.Objects;

/** The headline numbers of a section ("12 / 12 tasks linked to an indicator"). */
public record KeyFigures(List<Figure> figures) implements Block {

    /** {@code value} is already formatted; {@code detail} explains it (may be empty). */
    public record Figure(String label, String value, String detail) {
        public Figure {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(detail, "detail");
        }
    }

    public KeyFigures {
        figures = List.copyOf(figures);
    }
}
