package org.planstudio.report.model;

import java.util.Objects;

/** Plain text: renderers escape it, never interpret it. */
public record Paragraph(String text, Style style) implements Block {

    public enum Style {
        /** Body text: first line indented, as in an official document. */
        BODY,
        /** A remark in smaller type, not indented ("注：…", empty-section notices). */
        NOTE
    }

    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    public static Paragraph body(String text) {
        return new Paragraph(text, Style.BODY);
    }

    public static Paragraph note(String text) {
        return new Paragraph(text, Style.NOTE);
    }
}
