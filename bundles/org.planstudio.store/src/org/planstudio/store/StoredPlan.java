package org.planstudio.store;

import java.util.Objects;

import org.planstudio.model.plan.Plan;

/**
 * A plan as loaded from the store, with the revision it came from: pass
 * {@code revision().revision()} as the expected base revision when saving edits to it.
 */
public record StoredPlan(Plan plan, RevisionInfo revision) {

    public StoredPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(revision, "revision");
    }
}
