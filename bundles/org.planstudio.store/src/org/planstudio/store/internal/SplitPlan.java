package org.planstudio.store.internal;

import java.util.List;
import java.util.Objects;

/** A plan as the store keeps it: XMI without registry items, plus the registry rows. */
record SplitPlan(String planId, String titleZh, String titleEn, byte[] xmi, List<ItemRow> items,
        List<LinkRow> links) {

    SplitPlan {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(xmi, "xmi");
        items = List.copyOf(items);
        links = List.copyOf(links);
    }

    String xmiSha256() {
        return Fingerprint.of(xmi);
    }
}
