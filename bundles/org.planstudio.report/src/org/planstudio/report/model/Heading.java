package org.planstudio.report.model;

import java.util.Objects;

/**
 * A section heading. {@code number} is the outline number as printed ("一、", "（一）", "1.",
 * "（1）" in Chinese; "1.", "1.1" … in English): it is text, not a renderer's counter, so Word,
 * WPS, LibreOffice and the HTML page all show the same outline and it survives copy and paste.
 */
public record Heading(int level, String number, String text) implements Block {

    public static final int MAX_LEVEL = 4;

    public Heading {
        if (level < 1 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("heading level " + level + " is not 1.." + MAX_LEVEL);
        }
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
    }

    /** Number and text as one line, the way the heading is printed. */
    public String numberedText() {
        return number.isEmpty() ? text : number + text;
    }
}
