package org.planstudio.compare;

import java.util.Objects;

/** A run of text with one mark. */
public record Segment(String text, Mark mark) {

    public Segment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mark, "mark");
    }
}
