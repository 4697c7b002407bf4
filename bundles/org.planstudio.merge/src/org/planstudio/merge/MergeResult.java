package org.planstudio.merge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.planstudio.merge.internal.Merger;
import org.planstudio.model.plan.Plan;

/**
 * The outcome of a three-way merge: the merged plan with every conflict settled for
 * {@link Side#THEIRS} (so it equals the latest revision wherever the two sides disagree), the
 * conflicts, and the references the merge had to drop so that the plan holds no dangling one.
 */
public final class MergeResult {

    private final Plan base;
    private final Plan mine;
    private final Plan theirs;
    private final Locale locale;
    private final Merger.Outcome outcome;

    MergeResult(Plan base, Plan mine, Plan theirs, Locale locale) {
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
        this.locale = locale;
        this.outcome = new Merger(base, mine, theirs, locale, Map.of()).run();
    }

    public Plan plan() {
        return outcome.plan();
    }

    public List<Conflict> conflicts() {
        return outcome.conflicts();
    }

    public boolean hasConflicts() {
        return !outcome.conflicts().isEmpty();
    }

    /** References (and elements that need them) the merge removed so that no reference dangles. */
    public List<Dropped> dropped() {
        return outcome.dropped();
    }

    /**
     * The plan with each conflict settled as chosen ({@link Conflict#key()} to side); a conflict not in
     * {@code choices} keeps {@link Side#THEIRS}. The result is a new plan; this object does not change.
     */
    public Plan resolve(Map<String, Side> choices) {
        Objects.requireNonNull(choices, "choices");
        return new Merger(base, mine, theirs, locale, Map.copyOf(choices)).run().plan();
    }

    /** Every conflict settled for one side. */
    public Plan resolveAll(Side side) {
        Objects.requireNonNull(side, "side");
        Map<String, Side> choices = new java.util.HashMap<>();
        conflicts().forEach(c -> choices.put(c.key(), side));
        return resolve(choices);
    }

}
