package org.planstudio.docimport;

import java.util.Objects;

/**
 * One paragraph as read from the file: its accepted text, its style, and what Word says about
 * its place in the outline. {@code headingLevel} is 1..9 for a heading style or outline level,
 * 0 for body text; {@code listLabel} is the number Word would show in front of it ("（一）"),
 * computed from the numbering part, empty when the paragraph is not numbered.
 */
public record SourceParagraph(String text, String styleId, String styleName, int headingLevel, String listLabel,
        int listLevel) {

    public SourceParagraph {
        Objects.requireNonNull(text, "text");
        styleId = styleId == null ? "" : styleId;
        styleName = styleName == null ? "" : styleName;
        listLabel = listLabel == null ? "" : listLabel;
    }

    public static SourceParagraph plain(String text) {
        return new SourceParagraph(text, "", "", 0, "", -1);
    }
}
