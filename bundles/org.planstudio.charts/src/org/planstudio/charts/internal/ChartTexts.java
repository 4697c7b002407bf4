package org.planstudio.charts.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** Chart titles, axis and series names ({@code messages.properties}, {@code messages_zh.properties}). */
public final class ChartTexts {

    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ChartTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.planstudio.charts.internal.messages", locale,
                ChartTexts.class.getClassLoader(), CONTROL);
    }

    public static ChartTexts of(Locale locale) {
        return new ChartTexts(Objects.requireNonNull(locale, "locale"));
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
