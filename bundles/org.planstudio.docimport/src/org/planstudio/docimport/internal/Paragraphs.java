package org.planstudio.docimport.internal;

import java.util.regex.Pattern;

/** Text clean-up shared by the readers. */
final class Paragraphs {

    // Converters (pandoc, some OA systems) leave Word bookmarks in the text as "[bookmark: _GoBack]".
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");

    private Paragraphs() {
    }

    /** Without bookmarks, non-breaking and ideographic spaces at the ends, or zero-width characters. */
    static String clean(String text) {
        String without = BOOKMARK.matcher(text).replaceAll("").replace("\u200b", "").replace("\ufeff", "")
                .replace('\u00a0', ' ');
        return strip(without);
    }

    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }
}
