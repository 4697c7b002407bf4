package org.planstudio.translation;

/**
 * "Translated: n of m": of the plan's texts with Chinese, how many have a current English
 * translation (missing and outdated ones do not count).
 */
public record TranslationFigure(int translated, int total) {

    public TranslationFigure {
        if (translated < 0 || total < 0 || translated > total) {
            throw new IllegalArgumentException(translated + " of " + total);
        }
    }

    public int untranslated() {
        return total - translated;
    }

    /** 0 to 100, rounded down; 100 for a plan without texts (nothing left to translate). */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * translated / total);
    }
}
