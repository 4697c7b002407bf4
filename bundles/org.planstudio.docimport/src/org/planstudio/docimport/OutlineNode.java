package org.planstudio.docimport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A heading found in the document with the body text under it and its sub-headings. Level 1 is
 * 一、, 2 （一）, 3 1., 4 （1）, 5 ①, whether typed, numbered by Word or given by a heading style.
 */
public final class OutlineNode {

    private final int level;
    private final int number;
    private final String marker;
    private final String title;
    private final List<String> body = new ArrayList<>();
    private final List<OutlineNode> children = new ArrayList<>();

    public OutlineNode(int level, int number, String marker, String title) {
        this.level = level;
        this.number = number;
        this.marker = Objects.requireNonNull(marker, "marker");
        this.title = Objects.requireNonNull(title, "title");
    }

    public int level() {
        return level;
    }

    /** The heading's number as the document gives it (三 and 3 are both 3). */
    public int number() {
        return number;
    }

    /** The marker as written, "（一）"; empty for a heading style without a number. */
    public String marker() {
        return marker;
    }

    public String title() {
        return title;
    }

    /** Body paragraphs under this heading, before its first sub-heading and after it. */
    public List<String> body() {
        return Collections.unmodifiableList(body);
    }

    public String bodyText() {
        return String.join("\n", body);
    }

    public List<OutlineNode> children() {
        return Collections.unmodifiableList(children);
    }

    public void addBody(String paragraph) {
        body.add(Objects.requireNonNull(paragraph, "paragraph"));
    }

    public void addChild(OutlineNode child) {
        children.add(Objects.requireNonNull(child, "child"));
    }

    /** Level, number and title of this node and its descendants, one line each: to compare outlines. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        describe(out);
        return out.toString();
    }

    private void describe(StringBuilder out) {
        out.append("  ".repeat(level - 1)).append(level).append(' ').append(number).append(' ').append(title).append('\n');
        for (OutlineNode child : children) {
            child.describe(out);
        }
    }

    @Override
    public String toString() {
        return marker + title;
    }
}
