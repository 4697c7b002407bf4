package org.planstudio.compare;

import java.util.Objects;

/**
 * One line of the comparison as the view and the report show it: the element, the kind of change,
 * the field, and the text before and after with the changes marked.
 */
public record CompareRow(String elementId, String elementLabel, String context, ChangeKind kind, String featurePath,
        String field, MarkedText before, MarkedText after) {

    public CompareRow {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(elementLabel, "elementLabel");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(featurePath, "featurePath");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
