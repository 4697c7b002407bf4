package org.planstudio.model.text;

import java.util.Objects;

/**
 * Text that a spreadsheet would take for a formula if typed or imported: it starts with = + - @,
 * or with a tab or carriage return that some programs strip before looking (OWASP "CSV
 * injection"). Applies to text only; real numbers are written as numbers. The one guard for every
 * CSV and XLSX Plan Studio writes (reports, registry export).
 */
public final class FormulaGuard {

    private static final char QUOTE = '\'';

    private FormulaGuard() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text with a leading apostrophe when it looks like a formula: spreadsheets show it as text. */
    public static String quoted(String text) {
        Objects.requireNonNull(text, "text");
        return looksLikeFormula(text) ? QUOTE + text : text;
    }

    /** Undoes {@link #quoted}, so that an exported file imports as the same values. */
    public static String unquoted(String text) {
        Objects.requireNonNull(text, "text");
        return text.length() > 1 && text.charAt(0) == QUOTE && looksLikeFormula(text.substring(1)) ? text.substring(1)
                : text;
    }
}
