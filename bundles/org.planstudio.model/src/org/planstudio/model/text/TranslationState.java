package org.planstudio.model.text;

public enum TranslationState {
    /** There is no translation into the language. */
    MISSING,
    /** The Chinese master changed after the translation was made. */
    STALE,
    CURRENT
}
