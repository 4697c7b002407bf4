package org.planstudio.docimport.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading markers of Chinese official documents (GB/T 9704: 一、 （一） 1. （1）) and the variants
 * real files hold: half-width or mixed brackets, ㈠, ⑴, ①, 1．, １．, 1、.
 */
final class Markers {

    record Marker(int level, int number, String marker, String rest) {
    }

    private record Rule(int level, Pattern pattern) {
    }

    private static final String CN = "[一二三四五六七八九十百零〇两]{1,4}";
    private static final String DIGIT = "[0-9０-９]{1,2}";
    private static final List<Rule> RULES = List.of(
            new Rule(1, Pattern.compile("^(" + CN + ")\\s*[、，,．.]\\s*")),
            new Rule(2, Pattern.compile("^[（(]\\s*(" + CN + ")\\s*[）)]\\s*")),
            new Rule(2, Pattern.compile("^([\u3220-\u3229])\\s*")),
            new Rule(3, Pattern.compile("^(" + DIGIT + ")\\s*[.．、](?![0-9０-９])\\s*")),
            new Rule(4, Pattern.compile("^[（(]\\s*(" + DIGIT + ")\\s*[）)]\\s*")),
            new Rule(4, Pattern.compile("^([\u2474-\u2487])\\s*")),
            new Rule(5, Pattern.compile("^([\u2460-\u2473])\\s*")));

    private Markers() {
    }

    static Optional<Marker> parse(String text) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(text);
            if (matcher.find()) {
                String rest = text.substring(matcher.end());
                int number = number(matcher.group(1));
                if (number > 0 && !rest.isEmpty()) {
                    return Optional.of(new Marker(rule.level(), number, matcher.group().strip(), rest));
                }
            }
        }
        return Optional.empty();
    }

    static int number(String token) {
        if (token.length() == 1) {
            char c = token.charAt(0);
            if (c >= '\u3220' && c <= '\u3229') {
                return c - '\u3220' + 1;
            }
            if (c >= '\u2474' && c <= '\u2487') {
                return c - '\u2474' + 1;
            }
            if (c >= '\u2460' && c <= '\u2473') {
                return c - '\u2460' + 1;
            }
        }
        StringBuilder digits = new StringBuilder();
        for (char c : token.toCharArray()) {
            if (c >= '０' && c <= '９') {
                digits.append((char) (c - '０' + '0'));
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        if (digits.length() == token.length()) {
            return Integer.parseInt(digits.toString());
        }
        return chinese(token);
    }

    /** 一 … 九十九, 一百; 0 when it is not a numeral. */
    static int chinese(String token) {
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : token.replace('〇', '零').replace('两', '二').toCharArray()) {
            int d = digits.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return 0;
            }
        }
        return total + current;
    }

    /**
     * Splits "指导思想。以互联互通为主线，…" into the heading and the body that shares its
     * paragraph: up to the first 。 when that part is short enough to be a heading.
     */
    static String[] splitHeading(String rest) {
        int stop = rest.indexOf('。');
        if (stop > 0 && stop <= 40 && stop < rest.length() - 1) {
            return new String[] { trimColon(rest.substring(0, stop)), Paragraphs.strip(rest.substring(stop + 1)) };
        }
        if (stop == rest.length() - 1 && stop <= 40) {
            return new String[] { trimColon(rest.substring(0, stop)), "" };
        }
        return new String[] { trimColon(rest), "" };
    }

    private static String trimColon(String text) {
        String stripped = Paragraphs.strip(text);
        while (!stripped.isEmpty() && "：:；;".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }
}
