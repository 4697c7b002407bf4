package org.planstudio.docimport.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * numbering.xml: computes the number Word shows in front of a numbered paragraph ("（三）",
 * "2."), as Word does: one counter set per abstract list (lists sharing it continue each other
 * unless a w:num restarts it), a level restarts the levels below it, %N in the level text is
 * level N's counter in that level's format.
 */
final class WordNumbering {

    record NumberRef(String numId, int level) {
    }

    private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
    private static final String[] LEGAL = { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };
    private static final String TIANGAN = "甲乙丙丁戊己庚辛壬癸";

    private final Map<String, Element> nums = new HashMap<>();
    private final Map<String, Element> abstracts = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();

    WordNumbering(Optional<Document> numbering) {
        numbering.ifPresent(document -> {
            nums.putAll(DocxReader.byAttribute(document.getDocumentElement(), "num", "numId"));
            abstracts.putAll(DocxReader.byAttribute(document.getDocumentElement(), "abstractNum", "abstractNumId"));
        });
    }

    /** The label of the next paragraph of this list at this level; empty for bullets and unknown lists. */
    Optional<String> next(NumberRef ref) {
        Element num = nums.get(ref.numId());
        if (num == null || ref.level() < 0 || ref.level() > 8) {
            return Optional.empty();
        }
        String abstractId = DocxReader.child(num, "abstractNumId").map(DocxReader::val).orElse("");
        Element abstractNum = abstracts.get(abstractId);
        if (abstractNum == null) {
            return Optional.empty();
        }
        Map<Integer, Element> levels = new HashMap<>();
        for (Element lvl : DocxReader.children(abstractNum)) {
            if ("lvl".equals(lvl.getLocalName())) {
                levels.put(DocxReader.toInt(DocxReader.val(lvl, "ilvl")), lvl);
            }
        }
        Map<Integer, Integer> startOverrides = new HashMap<>();
        for (Element override : DocxReader.children(num)) {
            if ("lvlOverride".equals(override.getLocalName())) {
                DocxReader.child(override, "startOverride").ifPresent(start -> startOverrides
                        .put(DocxReader.toInt(DocxReader.val(override, "ilvl")), DocxReader.toInt(DocxReader.val(start))));
            }
        }
        boolean restarts = !startOverrides.isEmpty();
        String key = restarts ? "num:" + ref.numId() : "abstract:" + abstractId;
        int[] counter = counters.computeIfAbsent(key, k -> new int[9]);
        int level = ref.level();
        int start = startOverrides.getOrDefault(level, start(levels.get(level)));
        counter[level] = counter[level] == 0 ? start : counter[level] + 1;
        for (int below = level + 1; below < 9; below++) {
            counter[below] = 0;
        }
        Element lvl = levels.get(level);
        if (lvl == null || "bullet".equals(format(lvl))) {
            return Optional.empty();
        }
        String text = DocxReader.child(lvl, "lvlText").map(DocxReader::val).orElse("");
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int n = text.charAt(++i) - '1';
                if (n >= 0 && n < 9) {
                    int value = counter[n] == 0 ? startOverrides.getOrDefault(n, start(levels.get(n))) : counter[n];
                    label.append(formatNumber(value, levels.get(n) == null ? "decimal" : format(levels.get(n))));
                }
            } else {
                label.append(c);
            }
        }
        return Optional.of(label.toString());
    }

    private static int start(Element lvl) {
        return lvl == null ? 1 : DocxReader.child(lvl, "start").map(DocxReader::val).map(DocxReader::toInt).orElse(1);
    }

    private static String format(Element lvl) {
        return DocxReader.child(lvl, "numFmt").map(DocxReader::val).orElse("decimal");
    }

    static String formatNumber(int value, String format) {
        return switch (format) {
        case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
                "ideographDigital" -> chinese(value, DIGITS);
        case "chineseLegalSimplified" -> chinese(value, LEGAL);
        case "ideographTraditional" -> value >= 1 && value <= 10 ? String.valueOf(TIANGAN.charAt(value - 1)) : String.valueOf(value);
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
            value >= 1 && value <= 20 ? String.valueOf((char) ('\u2460' + value - 1)) : String.valueOf(value);
        case "decimalEnclosedParen" -> value >= 1 && value <= 20 ? String.valueOf((char) ('\u2474' + value - 1)) : String.valueOf(value);
        case "ideographEnclosedCircle", "ideographParenthesized" ->
            value >= 1 && value <= 10 ? String.valueOf((char) ('\u3220' + value - 1)) : String.valueOf(value);
        case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(value));
        case "decimalZero" -> value < 10 ? "0" + value : String.valueOf(value);
        case "none" -> "";
        default -> String.valueOf(value);
        };
    }

    static String chinese(int value, String[] digits) {
        if (value <= 0 || value >= 100) {
            return String.valueOf(value);
        }
        if (value < 10) {
            return digits[value];
        }
        String ten = digits == LEGAL ? "拾" : "十";
        int tens = value / 10;
        int ones = value % 10;
        return (tens == 1 ? "" : digits[tens]) + ten + (ones == 0 ? "" : digits[ones]);
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (c - '0' + '０')));
        return out.toString();
    }
}
