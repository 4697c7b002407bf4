package org.planstudio.compare.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** The fixed texts of comparisons in one language ({@code messages.properties}, {@code messages_zh.properties}). */
public final class CompareTexts {

    private static final String BUNDLE = "org.planstudio.compare.internal.messages";

    // No fallback to the default locale: an English comparison made on a Chinese desktop stays English.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private CompareTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, CompareTexts.class.getClassLoader(), CONTROL);
    }

    public static CompareTexts of(Locale locale) {
        return new CompareTexts(Objects.requireNonNull(locale, "locale"));
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
