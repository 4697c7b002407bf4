package org.planstudio.trace;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.store.BaselineInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreException;

/**
 * {@link ChangeImpact} against the plan's latest named baseline in the store. A plan without a
 * baseline is still being drafted: nothing was agreed, so nothing is suspect (empty result).
 *
 * @param baseline the baseline compared with
 * @param changed  tasks and indicators of the current plan changed since the baseline
 * @param links    the current plan's links to mark suspect (not suspect yet)
 */
public record BaselineImpact(BaselineInfo baseline, List<Identified> changed, List<TraceLink> links) {

    public BaselineImpact {
        Objects.requireNonNull(baseline, "baseline");
        changed = List.copyOf(changed);
        links = List.copyOf(links);
    }

    /**
     * Everything changed since the latest baseline: for a report ("what changed since the last
     * report") or when a baseline is first compared. Applied again after a review, it would mark
     * the reviewed links again; on save use {@link #ofEdits}.
     */
    public static Optional<BaselineImpact> sinceLatestBaseline(PlanStore store, Plan current) throws StoreException {
        Optional<BaselineInfo> baseline = latestBaseline(store, current);
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        Plan agreed = store.load(current.getId(), baseline.get().revision()).plan();
        List<Identified> changed = ChangeImpact.changedElements(agreed, current);
        return Optional.of(new BaselineImpact(baseline.get(), changed, ChangeImpact.linksAt(current, changed)));
    }

    /**
     * What to mark when saving edits that started from {@code baseRevision}: elements changed in
     * these edits and, taken together, changed since the latest baseline. A link reviewed earlier
     * is marked again only if an end of it changes again; an edit undone by hand marks nothing.
     */
    public static Optional<BaselineImpact> ofEdits(PlanStore store, Plan current, int baseRevision)
            throws StoreException {
        Optional<BaselineImpact> sinceBaseline = sinceLatestBaseline(store, current);
        if (sinceBaseline.isEmpty() || baseRevision <= 0) {
            return sinceBaseline;
        }
        Plan base = store.load(current.getId(), baseRevision).plan();
        Set<Identified> editedNow = Collections.newSetFromMap(new IdentityHashMap<>());
        editedNow.addAll(ChangeImpact.changedElements(base, current));
        List<Identified> changed = sinceBaseline.get().changed().stream().filter(editedNow::contains).toList();
        return Optional.of(new BaselineImpact(sinceBaseline.get().baseline(), changed,
                ChangeImpact.linksAt(current, changed)));
    }

    private static Optional<BaselineInfo> latestBaseline(PlanStore store, Plan current) throws StoreException {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(current, "current");
        if (current.getId() == null || store.planInfo(current.getId()).isEmpty()) {
            return Optional.empty();
        }
        List<BaselineInfo> baselines = store.baselines(current.getId());
        return baselines.isEmpty() ? Optional.empty() : Optional.of(baselines.get(baselines.size() - 1));
    }
}
