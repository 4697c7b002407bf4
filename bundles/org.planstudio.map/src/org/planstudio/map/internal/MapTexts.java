package org.planstudio.map.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** The map's texts in English or Chinese; never falls back to the desktop's language. */
public final class MapTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    private MapTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.planstudio.map.internal.messages", locale, MapTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static MapTexts of(Locale locale) {
        return new MapTexts(Objects.requireNonNull(locale, "locale"));
    }

    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
