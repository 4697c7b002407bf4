package org.planstudio.report.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** The fixed texts of reports in one language ({@code messages.properties}, {@code messages_zh.properties}). */
public final class ReportTexts {

    private static final String BUNDLE = "org.planstudio.report.internal.messages";

    // No fallback to the default locale: an English report made on a Chinese desktop stays English.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ReportTexts.class.getClassLoader(), CONTROL);
    }

    public static ReportTexts of(Locale locale) {
        return new ReportTexts(Objects.requireNonNull(locale, "locale"));
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    public String get(String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("report text '" + key + "' is missing for " + locale, e);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
