package org.planstudio.domain.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.planstudio.domain.AttributeDefinition;
import org.planstudio.domain.Bilingual;

/** Whether a stored text fits its attribute's type. */
public final class ValueChecks {

    private ValueChecks() {
    }

    public static Optional<Bilingual> check(AttributeDefinition definition, Optional<String> stored) {
        String value = stored.map(String::strip).orElse("");
        if (value.isEmpty()) {
            return definition.required()
                    ? Optional.of(Texts.format("check.required", definition.label().zh(), definition.label().en()))
                    : Optional.empty();
        }
        boolean fits = switch (definition.type()) {
            case STRING -> true;
            case INTEGER -> parses(() -> Integer.parseInt(value));
            case DECIMAL -> parses(() -> new BigDecimal(value));
            case DATE -> parses(() -> LocalDate.parse(value));
            case BOOLEAN -> value.equals("true") || value.equals("false");
            case ENUM -> definition.choice(value).isPresent();
        };
        return fits ? Optional.empty()
                : Optional.of(Texts.format("check." + definition.type().name(), definition.label().zh(),
                        definition.label().en(), value));
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }
}
