package org.planstudio.store;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.merge.Conflict;
import org.planstudio.merge.Dropped;
import org.planstudio.merge.MergeResult;
import org.planstudio.merge.PlanMerge;
import org.planstudio.merge.Side;
import org.planstudio.model.plan.Plan;

/**
 * Takes a newer revision into edits that are not saved yet: the three-way merge of the edits'
 * base, the edits ({@code mine}) and the latest revision ({@code theirs}). Nothing is written; the
 * result is what an editor holds afterwards, with the latest revision as its base, so that saving
 * it is a plain save and no stale-base merge.
 */
public final class BringIn {

    /**
     * The plan an editor holds after the bring-in. {@code unsaved}: it still differs from
     * {@code base} (the edits survived); when it does not, {@code plan} is the stored revision as
     * {@link PlanStore#load} returned it (so a store that tracks loaded plans tracks this one).
     */
    public record Outcome(Plan plan, int baseRevision, boolean unsaved) {

        public Outcome {
            Objects.requireNonNull(plan, "plan");
        }
    }

    private final StoredPlan theirs;
    private final MergeResult merge;

    private BringIn(StoredPlan theirs, MergeResult merge) {
        this.theirs = theirs;
        this.merge = merge;
    }

    /**
     * Merges {@code mine} (edits made on revision {@code baseRevision}, not modified here) with the
     * plan's latest revision. Conflict labels are in {@code locale}.
     *
     * @throws StoreException {@link StoreException.Reason#NOT_FOUND} when the plan or the base is gone
     */
    public static BringIn prepare(PlanStore store, Plan mine, int baseRevision, Locale locale)
            throws StoreException {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(locale, "locale");
        if (baseRevision < 1) {
            throw new IllegalArgumentException("a plan that is not stored has nothing to bring in: " + baseRevision);
        }
        String planId = mine.getId();
        StoredPlan theirs = store.loadLatest(planId)
                .orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND, "planNotFound", planId));
        Plan base = store.load(planId, baseRevision).plan();
        return new BringIn(theirs, PlanMerge.merge(base, mine, theirs.plan(), locale));
    }

    /** The revision brought in: who saved it, when, its number. */
    public RevisionInfo theirs() {
        return theirs.revision();
    }

    public List<Conflict> conflicts() {
        return merge.conflicts();
    }

    public List<Dropped> dropped() {
        return merge.dropped();
    }

    /**
     * The merged plan with each conflict settled as chosen ({@link Conflict#key()} to side; a conflict
     * not chosen keeps theirs). Each call gives a new plan.
     */
    public Outcome resolve(Map<String, Side> choices) {
        Plan merged = merge.resolve(choices);
        int latest = theirs.revision().revision();
        if (EcoreUtil.equals(merged, theirs.plan())) {
            // Nothing of the edits is left (none, or every one lost a conflict): the editor is clean again.
            return new Outcome(theirs.plan(), latest, false);
        }
        return new Outcome(merged, latest, true);
    }
}
