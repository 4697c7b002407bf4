package org.planstudio.supervision.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The bundle's texts for people (messages*.properties), in the locale asked for. */
public final class SupervisionTexts {

    // Without fallback to the default locale: English asked for on a Chinese desktop stays English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private SupervisionTexts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(SupervisionTexts.class.getPackageName() + ".messages", locale,
                SupervisionTexts.class.getClassLoader(), NO_FALLBACK).getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] localized = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            localized[i] = arguments[i] instanceof Localizable text ? text.in(locale) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(localized);
    }
}
