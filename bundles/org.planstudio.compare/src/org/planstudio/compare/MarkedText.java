package org.planstudio.compare;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One side of a changed value, cut into marked runs: the earlier side holds {@link Mark#SAME} and
 * {@link Mark#DELETED} runs, the later side {@link Mark#SAME} and {@link Mark#INSERTED} ones, so
 * that each side's runs joined are exactly that version's text. Empty where the version has no value.
 */
public record MarkedText(List<Segment> segments) {

    public static final MarkedText NONE = new MarkedText(List.of());

    public MarkedText {
        segments = List.copyOf(segments);
    }

    public static MarkedText of(String text, Mark mark) {
        return text.isEmpty() ? NONE : new MarkedText(List.of(new Segment(text, mark)));
    }

    /** The text as that version has it. */
    public String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** True when some run is marked. */
    public boolean marked() {
        return segments.stream().anyMatch(s -> s.mark() != Mark.SAME);
    }

    /** The runs with one mark, joined (what was deleted, what was inserted). */
    public String text(Mark mark) {
        return segments.stream().filter(s -> s.mark() == mark).map(Segment::text).collect(Collectors.joining());
    }
}
