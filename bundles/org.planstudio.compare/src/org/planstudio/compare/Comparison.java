package org.planstudio.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The differences between two versions of one plan, element by element in plan order (a removed
 * element where it stood, a trace link under its source), and the same as rows for a view or a report.
 * Texts (labels, field names) are in {@code locale}.
 */
public record Comparison(String planId, String planTitle, Version from, Version to, Locale locale,
        List<ElementChange> elements) {

    public Comparison {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(planTitle, "planTitle");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        elements = List.copyOf(elements);
    }

    /** One row per changed field (an element without fields, such as a bare move, still gets its row). */
    public List<CompareRow> rows() {
        List<CompareRow> rows = new ArrayList<>();
        for (ElementChange element : elements) {
            for (FieldChange field : element.fields()) {
                rows.add(new CompareRow(element.elementId(), element.label(), element.context(), element.mainKind(),
                        field.featurePath(), field.field(), field.before(), field.after()));
            }
        }
        return rows;
    }

    public long count(ChangeKind kind) {
        return elements.stream().filter(e -> e.is(kind)).count();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }
}
