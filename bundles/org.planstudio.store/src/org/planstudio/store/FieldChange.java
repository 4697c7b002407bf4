package org.planstudio.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the field-level audit trail: who changed which field of which element, from what
 * to what, in which revision. An element that came or went is one entry of kind {@link Kind#CREATED}
 * (new value: its label) or {@link Kind#DELETED} (old value: its label) with field {@link #WHOLE}.
 * Fields are the model's feature names; a translated text is one field per language
 * ({@code title[zh]}, {@code title[en]}); a single reference is {@code id (label)}, a multi-valued
 * feature a list {@code [a, b]}.
 */
public record FieldChange(long id, Instant at, String actor, String planId, int revision, String elementId,
        String elementKind, String elementLabel, String field, Kind kind, Optional<String> oldValue,
        Optional<String> newValue) {

    /** The field of a created or deleted element's entry. */
    public static final String WHOLE = "*";

    /** What happened to the element. */
    public enum Kind {
        CREATED('C'), DELETED('D'), CHANGED('U');

        private final char code;

        Kind(char code) {
            this.code = code;
        }

        /** The one-letter code stored in the database. */
        public char code() {
            return code;
        }

        public static Kind of(char code) {
            for (Kind kind : values()) {
                if (kind.code == code) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("no change kind " + code);
        }
    }

    public FieldChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(elementKind, "elementKind");
        Objects.requireNonNull(elementLabel, "elementLabel");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
    }
}
