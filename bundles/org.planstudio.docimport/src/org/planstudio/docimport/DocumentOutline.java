package org.planstudio.docimport;

import java.util.List;
import java.util.Objects;

/**
 * The document's head (title block and preamble, before the first heading), its headings, and
 * its tail (the closing signature: issuers' names and the date under the last paragraph).
 */
public record DocumentOutline(List<String> head, List<OutlineNode> roots, List<String> tail) {

    public DocumentOutline {
        head = List.copyOf(Objects.requireNonNull(head, "head"));
        roots = List.copyOf(Objects.requireNonNull(roots, "roots"));
        tail = List.copyOf(Objects.requireNonNull(tail, "tail"));
    }

    public String describe() {
        StringBuilder out = new StringBuilder();
        roots.forEach(root -> out.append(root.describe()));
        return out.toString();
    }
}
