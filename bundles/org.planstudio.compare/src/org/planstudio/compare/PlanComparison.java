package org.planstudio.compare;

import java.util.Locale;
import java.util.Objects;

import org.planstudio.compare.internal.Differ;
import org.planstudio.model.plan.Plan;

/**
 * Compares two versions of a plan by stable element id (see docs/architecture.md, "Comparing
 * revisions"). The element values are compared by the merge's reflective slots
 * ({@link org.planstudio.merge.PlanDifference}), so a feature added to the model is compared without
 * code here. The plans are not modified.
 */
public final class PlanComparison {

    private PlanComparison() {
    }

    public static Comparison compare(Plan before, Version from, Plan after, Version to, Locale locale) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        if (!Objects.equals(before.getId(), after.getId())) {
            throw new IllegalArgumentException("Not versions of one plan: " + before.getId() + ", " + after.getId());
        }
        return new Differ(before, after, locale).compare(from, to);
    }
}
