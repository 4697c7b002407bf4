package org.planstudio.translation.internal;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/** The bundle's user-facing texts ({@code messages.properties}, {@code messages_zh.properties}). */
public final class Messages {

    private static final String BUNDLE = "org.planstudio.translation.internal.messages";

    // No fallback to the default locale: asking for English on a Chinese desktop must give
    // English (the base file), not the default locale's file.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        return find(locale, key).map(pattern -> new MessageFormat(pattern, locale).format(arguments))
                // A missing text must not hide the problem it was meant to describe.
                .orElseGet(() -> key + " " + Arrays.toString(arguments));
    }

    public static Optional<String> find(Locale locale, String key) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(key, "key");
        try {
            return Optional.of(ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), CONTROL)
                    .getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
