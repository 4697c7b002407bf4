package org.planstudio.domain;

import java.util.Locale;
import java.util.Objects;

/** A text a domain contributes, in Chinese (the master) and English. */
public record Bilingual(String zh, String en) {

    public Bilingual {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Bilingual of(String zh, String en) {
        return new Bilingual(zh, en);
    }

    /** Chinese on a Chinese desktop (or when there is no English), English otherwise. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) || en.isBlank() ? zh : en;
    }

    public boolean isComplete() {
        return !zh.isBlank() && !en.isBlank();
    }
}
