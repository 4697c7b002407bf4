package org.planstudio.store;

import java.time.Instant;
import java.util.Objects;

/** One stored plan as the plan list shows it. Titles are empty when the plan has none. */
public record PlanInfo(String id, String titleZh, String titleEn, int latestRevision, Instant updatedAt) {

    public PlanInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
