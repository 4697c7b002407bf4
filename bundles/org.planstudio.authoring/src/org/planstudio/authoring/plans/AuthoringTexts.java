package org.planstudio.authoring.plans;

import java.util.Locale;
import java.util.ResourceBundle;

/** This package's texts for people (messages*.properties) and the default outline titles (outline.properties). */
final class AuthoringTexts {

    // Without fallback to the default locale: English asked for on a Chinese desktop stays English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private AuthoringTexts() {
    }

    static String get(Locale locale, String key) {
        return ResourceBundle.getBundle(AuthoringTexts.class.getPackageName() + ".messages", locale,
                AuthoringTexts.class.getClassLoader(), NO_FALLBACK).getString(key);
    }

    /** A default title in the plan's master language (Chinese) or its English translation. */
    static String outline(String key) {
        return ResourceBundle.getBundle(AuthoringTexts.class.getPackageName() + ".outline", Locale.ROOT,
                AuthoringTexts.class.getClassLoader(), NO_FALLBACK).getString(key);
    }
}
