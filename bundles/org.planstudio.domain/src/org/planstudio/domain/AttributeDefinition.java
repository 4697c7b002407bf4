package org.planstudio.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.domain.internal.ValueChecks;

/** An extra typed field a domain adds to its tasks or registry items, stored under {@code key}. */
public record AttributeDefinition(String key, Bilingual label, AttributeType type, boolean required,
        List<Choice> choices) {

    public AttributeDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        if (!key.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("attribute key must start with a letter and hold no spaces: '" + key + "'");
        }
        if (type == AttributeType.ENUM && choices.isEmpty()) {
            throw new IllegalArgumentException("ENUM attribute '" + key + "' needs choices");
        }
    }

    /** What is wrong with a stored value (missing when required, or not of the type); empty if fine. */
    public Optional<Bilingual> check(Optional<String> value) {
        return ValueChecks.check(this, value);
    }

    public Optional<Choice> choice(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).findFirst();
    }
}
