package org.planstudio.model.check;

import java.util.OptionalInt;

/**
 * Characters XML 1.0 cannot carry (control characters other than tab, line feed and carriage
 * return; U+FFFE, U+FFFF; a surrogate without its pair). EMF refuses to save text holding one,
 * so such text must be refused where it comes in, not when the user saves.
 */
public final class XmlChars {

    private XmlChars() {
    }

    /** The index of the first character XML cannot hold, if any. */
    public static OptionalInt invalidAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate(c)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
