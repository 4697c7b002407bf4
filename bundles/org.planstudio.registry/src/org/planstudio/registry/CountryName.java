package org.planstudio.registry;

import java.util.Locale;
import java.util.Objects;

import org.planstudio.registry.internal.Words;

/** A country as the library knows it: ISO 3166-1 alpha-2 code (upper case) and its names. */
public record CountryName(String code, String zh, String en) {

    public CountryName {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** Chinese for a Chinese locale, English otherwise. */
    public String label(Locale locale) {
        return Words.isChinese(locale) ? zh : en;
    }
}
