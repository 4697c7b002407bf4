package org.planstudio.report.internal.build;

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: the numerals of outline headings. */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    static String of(int number) {
        if (number < 1 || number > 99) {
            // Outlines never get this deep; fall back to Arabic digits rather than fail a report.
            return Integer.toString(number);
        }
        int tens = number / 10;
        int units = number % 10;
        StringBuilder text = new StringBuilder();
        if (tens > 1) {
            text.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            text.append('十');
        }
        if (units > 0) {
            text.append(DIGITS.charAt(units));
        }
        return text.toString();
    }
}
