package org.planstudio.domain;

import java.util.Objects;

/** One allowed value of an ENUM attribute: the stored value and its label. */
public record Choice(String value, Bilingual label) {

    public Choice {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a choice needs a value");
        }
    }
}
