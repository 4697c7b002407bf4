package org.planstudio.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** The command line's messages ({@code messages.properties}, {@code messages_zh.properties}). */
final class CliTexts {

    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    CliTexts(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle("org.planstudio.cli.messages", locale, CliTexts.class.getClassLoader(),
                CONTROL);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key + " " + java.util.Arrays.toString(arguments);
        }
    }
}
