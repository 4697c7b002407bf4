package org.planstudio.compare;

import java.util.stream.Collectors;

/** A comparison as plain lines, deleted runs as [-…-] and inserted ones as {+…+}, for golden tests. */
final class Golden {

    private Golden() {
    }

    static String rows(Comparison comparison) {
        return comparison.rows().stream()
                .map(r -> r.kind() + " " + r.elementId() + " " + r.elementLabel() + " | " + r.field() + ": "
                        + text(r.before()) + " => " + text(r.after()))
                .collect(Collectors.joining("\n"));
    }

    static String text(MarkedText text) {
        if (text.isEmpty()) {
            return "-";
        }
        return text.segments().stream().map(s -> switch (s.mark()) {
        case SAME -> s.text();
        case DELETED -> "[-" + s.text() + "-]";
        case INSERTED -> "{+" + s.text() + "+}";
        }).collect(Collectors.joining());
    }
}
