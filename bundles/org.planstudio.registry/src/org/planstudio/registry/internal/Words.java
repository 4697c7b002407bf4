package org.planstudio.registry.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How typed words are compared with codes, labels and column names: staff type full-width
 * letters and brackets, extra spaces, "_" or "-" or " " between words, and "&amp;" for "and".
 */
public final class Words {

    private static final Pattern IGNORED = Pattern.compile("[\\s_\\-·.]+");

    private Words() {
    }

    public static String normalize(String text) {
        Objects.requireNonNull(text, "text");
        // NFKC turns full-width letters, digits and brackets into their ASCII forms.
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("&", "and");
        return IGNORED.matcher(folded).replaceAll("");
    }

    /** The header without a hint in brackets or a required-field star: "经费（万元）*" is "经费". */
    public static String normalizeHeader(String header) {
        String folded = Normalizer.normalize(Objects.requireNonNull(header, "header"), Normalizer.Form.NFKC);
        return normalize(folded.replaceAll("\\(.*?\\)|\\[.*?\\]|\\*", ""));
    }

    /** Plan Studio speaks Chinese and English: Chinese for any zh locale, English for the rest. */
    public static boolean isChinese(Locale locale) {
        return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }
}
