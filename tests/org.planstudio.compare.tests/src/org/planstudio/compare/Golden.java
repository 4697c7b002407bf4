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
        return PlainText.marked(text);
    }
}
