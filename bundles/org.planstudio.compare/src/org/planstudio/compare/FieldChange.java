package org.planstudio.compare;

import java.util.Objects;

/**
 * One field of an element that differs, with both versions' text marked. {@code featurePath} is the
 * merge's path ({@code title.zh}, {@code text.translations[en]}, {@code leadUnits}); the pseudo path
 * {@link #PLACE} is the element's place, for a moved element.
 */
public record FieldChange(String featurePath, String field, MarkedText before, MarkedText after) {

    public static final String PLACE = "@place";

    public FieldChange {
        Objects.requireNonNull(featurePath, "featurePath");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** A translation rather than the Chinese master text. */
    public boolean translation() {
        return featurePath.contains(".translations[");
    }

    /** The outline number, which changes whenever something before the element is added or removed. */
    public boolean number() {
        return featurePath.equals("number");
    }
}
