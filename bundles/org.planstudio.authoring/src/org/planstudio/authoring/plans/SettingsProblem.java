package org.planstudio.authoring.plans;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One thing wrong with {@link PlanSettings}, for the field it concerns, worded for people. */
public record SettingsProblem(Field field, String key, List<Object> arguments) {

    public enum Field {
        ID, TITLE, PERIOD
    }

    public SettingsProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public String message(Locale locale) {
        return new MessageFormat(AuthoringTexts.get(locale, key), locale).format(arguments.toArray());
    }

    public String message() {
        return message(Locale.getDefault());
    }
}
