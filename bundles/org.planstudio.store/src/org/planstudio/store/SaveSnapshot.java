package org.planstudio.store;

import java.util.Optional;

import org.planstudio.model.plan.Plan;

/**
 * A plan's state taken for a save on the thread that edits it ({@link PlanStore#prepareSave}), and
 * written later from another thread ({@link PlanStore#save(SaveSnapshot, String, String)}), while
 * editing goes on. Either just the rows the plan's tracked changes touched (taking it costs what the
 * edits touched, not the plan's size) or a copy of the whole plan. Edits after it was taken stay
 * marked for the next save; a snapshot that was not written (failed, refused, never used) leaves
 * every mark in place. Write a snapshot once.
 */
public interface SaveSnapshot {

    String planId();

    /** The revision the snapshot's edits started from (0 for a plan not stored yet). */
    int baseRevision();

    /** Whether writing it writes only the rows the tracked changes touched. */
    boolean incremental();

    /**
     * The copy of the whole plan, for a full snapshot: what a merge reads, and what a caller may
     * still change before the save (marks it adds there are saved with it). Empty for an
     * incremental snapshot, which cannot be merged: take {@link PlanStore#prepareFullSave} for that.
     */
    Optional<Plan> plan();
}
