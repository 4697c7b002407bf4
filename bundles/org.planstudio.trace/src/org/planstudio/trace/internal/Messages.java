package org.planstudio.trace.internal;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** The bundle's user-facing texts ({@code messages.properties}, {@code messages_zh.properties}). */
public final class Messages {

    private static final String BUNDLE = "org.planstudio.trace.internal.messages";

    // No fallback to the default locale: English asked for on a Chinese desktop stays English.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /**
     * The language the texts exist in for this locale (English for any language without its own
     * file), so that element names can be given in the language of the sentence around them.
     */
    public static Locale language(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        try {
            Locale found = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), CONTROL).getLocale();
            return found.getLanguage().isEmpty() ? Locale.ENGLISH : found;
        } catch (MissingResourceException e) {
            return Locale.ENGLISH;
        }
    }

    public static String get(Locale locale, String key) {
        return format(locale, key);
    }

    /** Arguments are inserted as text: numbers and years arrive formatted, so 2027 never reads "2,027". */
    public static String format(Locale locale, String key, String... arguments) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(key, "key");
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), CONTROL).getString(key);
        } catch (MissingResourceException e) {
            // A missing text must not hide the finding it describes.
            return key + " " + Arrays.toString(arguments);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
