package org.planstudio.report.internal;

/**
 * Text that a spreadsheet would take for a formula if typed or imported: it starts with = + - @,
 * or with a tab or carriage return that some programs strip before looking (OWASP "CSV
 * injection"). Applies to text only; real numbers are written as numbers.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
