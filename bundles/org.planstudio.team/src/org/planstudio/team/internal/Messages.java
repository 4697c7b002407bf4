package org.planstudio.team.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** The bundle's user-facing texts ({@code messages.properties}, {@code messages_zh.properties}). */
public final class Messages {

    private static final String BUNDLE = "org.planstudio.team.internal.messages";

    // No fallback to the default locale: asking for English on a Chinese desktop must give
    // English (the base file), not the default locale's file.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(key, "key");
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), CONTROL)
                    .getString(key);
        } catch (MissingResourceException e) {
            // A missing text must not hide the error it was meant to describe.
            return key + " " + java.util.Arrays.toString(arguments);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
