package org.planstudio.consultation.internal;

import java.util.OptionalInt;

/**
 * Numbers as clause references write them: 5, ５, 五, 十二, 二十三, ①, ⑸, ㈢. Written by hand: the
 * JDK's ICU-less text package does not parse Chinese numerals, and the forms need only 1 to 99.
 */
public final class Numerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private Numerals() {
    }

    /** The value of a whole token, or empty if it is not a number. */
    public static OptionalInt parse(String token) {
        if (token == null || token.isEmpty()) {
            return OptionalInt.empty();
        }
        if (token.length() == 1) {
            int single = single(token.charAt(0));
            if (single > 0) {
                return OptionalInt.of(single);
            }
        }
        if (token.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return token.length() > 4 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(token));
        }
        return chinese(token);
    }

    // Enclosed numbers of the Chinese outline styles: ①-⑳, ⑴-⒇, ⒈-⒛, ㈠-㈩.
    private static int single(char c) {
        if (c >= '\u2460' && c <= '\u2473') {
            return c - '\u2460' + 1;
        }
        if (c >= '\u2474' && c <= '\u2487') {
            return c - '\u2474' + 1;
        }
        if (c >= '\u2488' && c <= '\u249b') {
            return c - '\u2488' + 1;
        }
        if (c >= '\u3220' && c <= '\u3229') {
            return c - '\u3220' + 1;
        }
        return -1;
    }

    private static OptionalInt chinese(String token) {
        String t = token.replace('两', '二').replace('零', '〇');
        int ten = t.indexOf('十');
        if (ten < 0) {
            return t.length() == 1 && DIGITS.indexOf(t.charAt(0)) > 0 ? OptionalInt.of(DIGITS.indexOf(t.charAt(0)))
                    : OptionalInt.empty();
        }
        if (t.indexOf('十', ten + 1) >= 0 || t.length() > 3) {
            return OptionalInt.empty();
        }
        int tens = ten == 0 ? 1 : digit(t.substring(0, ten));
        int ones = ten == t.length() - 1 ? 0 : digit(t.substring(ten + 1));
        return tens <= 0 || ones < 0 ? OptionalInt.empty() : OptionalInt.of(tens * 10 + ones);
    }

    private static int digit(String s) {
        return s.length() == 1 && DIGITS.indexOf(s.charAt(0)) > 0 ? DIGITS.indexOf(s.charAt(0)) : -1;
    }
}
