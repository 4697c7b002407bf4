package org.planstudio.store.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan as the store keeps it: its elements as rows (or, when they cannot be kept exactly by
 * id, as XMI without registry items), plus the registry rows.
 */
record SplitPlan(String planId, String titleZh, String titleEn, Optional<byte[]> xmi, List<ElementRow> elements,
        List<ItemRow> items, List<LinkRow> links) {

    SplitPlan {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(xmi, "xmi");
        elements = List.copyOf(elements);
        items = List.copyOf(items);
        links = List.copyOf(links);
    }
}
