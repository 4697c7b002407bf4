package org.planstudio.store;

import java.time.Instant;
import java.util.Objects;

/** A plan marked deleted: its revisions and audit entries are kept, and it can be restored. */
public record DeletedPlanInfo(PlanInfo plan, Instant deletedAt, String deletedBy) {

    public DeletedPlanInfo {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(deletedAt, "deletedAt");
        Objects.requireNonNull(deletedBy, "deletedBy");
    }
}
