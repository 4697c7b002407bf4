package org.planstudio.docimport;

import java.util.List;
import java.util.Objects;

/** The document's head (title block and preamble, before the first heading) and its headings. */
public record DocumentOutline(List<String> head, List<OutlineNode> roots) {

    public DocumentOutline {
        head = List.copyOf(Objects.requireNonNull(head, "head"));
        roots = List.copyOf(Objects.requireNonNull(roots, "roots"));
    }

    public String describe() {
        StringBuilder out = new StringBuilder();
        roots.forEach(root -> out.append(root.describe()));
        return out.toString();
    }
}
