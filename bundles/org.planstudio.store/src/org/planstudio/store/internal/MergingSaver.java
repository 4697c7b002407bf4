package org.planstudio.store.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.planstudio.merge.Conflict;
import org.planstudio.merge.MergeResult;
import org.planstudio.merge.PlanMerge;
import org.planstudio.merge.Side;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.AuditAction;
import org.planstudio.store.ConcurrentSaveException;
import org.planstudio.store.ConflictPolicy;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.SaveResult;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoredPlan;

/**
 * A save whose base may be stale: loads the base and the latest revision, merges the caller's
 * edits onto the latest, and saves the result strictly against it. The merge runs outside any
 * transaction; if yet another save wins meanwhile, it starts over from the new latest.
 */
final class MergingSaver {

    /** Each retry means someone else saved during our merge; a few suffice even on a busy plan. */
    private static final int ATTEMPTS = 5;

    /** The strict save of the caller's edits against their base (a plan, or a snapshot of one). */
    interface StrictSave {
        int save(String author, String message, AuditAction action, String detail) throws StoreException;
    }

    /**
     * The caller's edits: the whole plan when there is one to merge (without it a stale base is
     * refused, as by the strict save), and how to save them strictly.
     */
    record Mine(String planId, Optional<Plan> plan, StrictSave strict) {
    }

    private final DerbyPlanStore store;

    MergingSaver(DerbyPlanStore store) {
        this.store = store;
    }

    SaveResult save(Plan mine, int baseRevision, String author, String message, Map<String, Side> choices,
            ConflictPolicy policy, AuditAction plainAction, AuditAction mergeAction, String detail)
            throws StoreException {
        return save(new Mine(mine.getId(), Optional.of(mine),
                (a, m, action, d) -> store.saveAudited(mine, baseRevision, a, m, action, d)), baseRevision, author,
                message, choices, policy, plainAction, mergeAction, detail);
    }

    SaveResult save(Mine mine, int baseRevision, String author, String message, Map<String, Side> choices,
            ConflictPolicy policy, AuditAction plainAction, AuditAction mergeAction, String detail)
            throws StoreException {
        if (mine.plan().isEmpty()) {
            // Nothing to merge: the strict save, which refuses a stale base.
            return plain(mine, baseRevision, author, message, plainAction, detail);
        }
        ConcurrentSaveException lost = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int latest = store.planInfo(mine.planId()).map(p -> p.latestRevision()).orElse(0);
            try {
                if (latest == baseRevision || baseRevision == 0) {
                    return plain(mine, baseRevision, author, message, plainAction, detail);
                }
                StoredPlan base = store.loadUntracked(mine.planId(), baseRevision);
                StoredPlan theirs = store.loadUntracked(mine.planId(), latest);
                MergeResult merge = PlanMerge.merge(base.plan(), mine.plan().get(), theirs.plan(),
                        Locale.getDefault());
                Optional<Map<String, Side>> settled = settle(merge.conflicts(), choices, policy);
                if (settled.isEmpty()) {
                    return new SaveResult(Optional.empty(), baseRevision, Optional.of(theirs.revision()),
                            merge.conflicts(), merge.dropped());
                }
                Plan merged = merge.resolve(settled.get());
                String mergeDetail = "merge of revision " + baseRevision + " onto " + latest + " ("
                        + theirs.revision().author() + "), " + summary(merge.conflicts(), settled.get())
                        + (detail.isEmpty() ? "" : "; " + detail);
                int saved = store.saveAudited(merged, latest, author, mergeMessage(message, baseRevision, latest),
                        mergeAction, mergeDetail);
                return new SaveResult(Optional.of(info(mine.planId(), saved)), baseRevision,
                        Optional.of(theirs.revision()), merge.conflicts(), merge.dropped());
            } catch (ConcurrentSaveException e) {
                lost = e;
            }
        }
        throw lost;
    }

    private SaveResult plain(Mine mine, int baseRevision, String author, String message, AuditAction action,
            String detail) throws StoreException {
        int saved = mine.strict().save(author, message, action, detail);
        return new SaveResult(Optional.of(info(mine.planId(), saved)), baseRevision, Optional.empty(), List.of(),
                List.of());
    }

    static String mergeMessage(String message, int base, int latest) {
        String note = "merge r" + base + " \u2192 r" + latest;
        return message.isEmpty() ? note : message + " (" + note + ")";
    }

    private static Optional<Map<String, Side>> settle(List<Conflict> conflicts, Map<String, Side> choices,
            ConflictPolicy policy) {
        Map<String, Side> settled = new HashMap<>();
        for (Conflict conflict : conflicts) {
            Side side = choices.get(conflict.key());
            if (side == null) {
                if (policy == ConflictPolicy.FAIL) {
                    return Optional.empty();
                }
                side = policy == ConflictPolicy.MINE ? Side.MINE : Side.THEIRS;
            }
            settled.put(conflict.key(), side);
        }
        return Optional.of(settled);
    }

    private static String summary(List<Conflict> conflicts, Map<String, Side> settled) {
        long mine = settled.values().stream().filter(s -> s == Side.MINE).count();
        StringBuilder out = new StringBuilder(conflicts.size() + " conflicts (" + mine + " mine, "
                + (conflicts.size() - mine) + " theirs)");
        for (Conflict conflict : conflicts) {
            out.append("; ").append(conflict.elementId()).append(' ').append(conflict.featurePath()).append('=')
                    .append(settled.get(conflict.key()));
        }
        return out.toString();
    }

    private RevisionInfo info(String planId, int revision) throws StoreException {
        return store.revisions(planId).stream().filter(r -> r.revision() == revision).findFirst()
                .orElseThrow(() -> new IllegalStateException("revision " + revision + " just saved is missing"));
    }
}
