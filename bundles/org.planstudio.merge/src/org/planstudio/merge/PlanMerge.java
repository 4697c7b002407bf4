package org.planstudio.merge;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.plan.Plan;

/**
 * Three-way merge of plans by stable element id and structural feature, reflective over the
 * Ecore model so that a new feature merges without code. The inputs are not modified.
 * See docs/architecture.md, "Merging", for the rules.
 */
public final class PlanMerge {

    private PlanMerge() {
    }

    /**
     * Merges the changes {@code mine} made to {@code base} onto {@code theirs} (the other side's
     * version of the same base, usually the latest revision). Labels in the conflicts are in {@code locale}.
     */
    public static MergeResult merge(Plan base, Plan mine, Plan theirs, Locale locale) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(locale, "locale");
        if (!Objects.equals(base.getId(), mine.getId()) || !Objects.equals(base.getId(), theirs.getId())) {
            throw new IllegalArgumentException("Not versions of one plan: " + base.getId() + ", " + mine.getId()
                    + ", " + theirs.getId());
        }
        return new MergeResult(EcoreUtil.copy(base), EcoreUtil.copy(mine), EcoreUtil.copy(theirs), locale);
    }

    public static MergeResult merge(Plan base, Plan mine, Plan theirs) {
        return merge(base, mine, theirs, Locale.getDefault());
    }
}
