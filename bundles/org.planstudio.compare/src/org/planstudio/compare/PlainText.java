package org.planstudio.compare;

import java.util.Objects;
import java.util.stream.Collectors;

import org.planstudio.compare.internal.CompareTexts;

/**
 * A comparison as plain text for a terminal or a mail: one block per element, one line per field,
 * deleted runs as [-…-] and inserted ones as {+…+} (the notation of word-level diff tools).
 */
public final class PlainText {

    private PlainText() {
    }

    public static String of(Comparison comparison) {
        Objects.requireNonNull(comparison, "comparison");
        CompareTexts t = CompareTexts.of(comparison.locale());
        StringBuilder out = new StringBuilder();
        out.append(t.get("text.header", comparison.planTitle(), comparison.planId(), version(comparison.from(), t),
                version(comparison.to(), t))).append('\n');
        if (comparison.isEmpty()) {
            return out.append(t.get("text.none")).append('\n').toString();
        }
        out.append(t.get("text.counts", comparison.count(ChangeKind.ADDED), comparison.count(ChangeKind.REMOVED),
                comparison.count(ChangeKind.MOVED), comparison.count(ChangeKind.CHANGED))).append('\n');
        for (ElementChange element : comparison.elements()) {
            String kinds = element.kinds().stream().sorted().map(k -> t.get("kind." + k.name()))
                    .collect(Collectors.joining(", "));
            out.append('\n').append(element.context().isEmpty() ? "" : element.context() + " / ").append(element.label())
                    .append(" [").append(element.elementId()).append("] (").append(kinds).append(")\n");
            for (FieldChange field : element.fields()) {
                out.append("  ").append(field.field()).append(": ").append(marked(field.before())).append("  =>  ")
                        .append(marked(field.after())).append('\n');
            }
        }
        return out.toString();
    }

    public static String marked(MarkedText text) {
        if (text.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        for (Segment segment : text.segments()) {
            switch (segment.mark()) {
            case SAME -> out.append(segment.text());
            case DELETED -> out.append("[-").append(segment.text()).append("-]");
            case INSERTED -> out.append("{+").append(segment.text()).append("+}");
            }
        }
        return out.toString();
    }

    private static String version(Version version, CompareTexts t) {
        if (version.revision() == 0) {
            return t.get("text.unsaved");
        }
        return version.baseline().map(b -> t.get("text.baseline", version.revision(), b))
                .orElseGet(() -> t.get("text.revision", version.revision()));
    }
}
