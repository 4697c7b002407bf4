package org.planstudio.consultation.internal;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** The bundle's user-facing texts ({@code messages.properties}, {@code messages_zh.properties}). */
public final class Messages {

    private static final String BUNDLE = "org.planstudio.consultation.internal.messages";

    // English asked for on a Chinese desktop must give English (the base file), not the default locale's.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(key, "key");
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), CONTROL)
                    .getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            // A missing text must not hide what it was meant to say.
            return key + " " + Arrays.toString(arguments);
        }
    }
}
