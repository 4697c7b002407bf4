package org.planstudio.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.planstudio.merge.Side;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.store.ConcurrentSaveException;
import org.planstudio.store.ConflictPolicy;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.SaveResult;
import org.planstudio.store.SaveSnapshot;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoredPlan;
import org.planstudio.trace.BaselineImpact;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.internal.StoreAccess;

/**
 * The database side of a save, off the UI thread: writes the snapshot the editor took (usually
 * just the rows its edits touched), merging onto the latest revision when its base is stale, and
 * after a merge reads the merged revision for the editor to show. The whole plan is needed only to
 * merge and, after a baseline, to mark for review the links at elements changed since (in the copy,
 * so that the marks are saved with the change); then the job asks the editor for a full snapshot.
 * The outcome (saved, conflicts, failure) goes to {@code done}, which the editor runs on the UI thread.
 */
final class SaveJob extends Job {

    /**
     * What the save came to: a result, or the failure. {@code marked}: ids of the links the save
     * marked suspect (the editor marks them in its plan too); {@code merged}: the revision a merge
     * wrote, read back, with its plan info.
     */
    record Outcome(SaveResult result, StoreException failure, List<String> marked, Optional<Merged> merged) {

        static Outcome failed(StoreException failure) {
            return new Outcome(null, failure, List.of(), Optional.empty());
        }
    }

    /** The merged revision as the editor reopens on it. */
    record Merged(PlanInfo info, StoredPlan stored) {
    }

    private final SaveSnapshot snapshot;
    private final SavePoint point;
    private final Map<String, Side> choices;
    private final Consumer<Outcome> done;

    SaveJob(Plan plan, SaveSnapshot snapshot, SavePoint point, Map<String, Side> choices, Consumer<Outcome> done) {
        super(NLS.bind(Messages.Merge_saveJob, ModelLabels.element(plan)));
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.point = Objects.requireNonNull(point, "point");
        this.choices = Map.copyOf(choices);
        this.done = Objects.requireNonNull(done, "done");
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        Outcome outcome;
        try {
            PlanStore store = StoreAccess.store();
            SaveSnapshot written = afterBaseline(store) ? point.takeFull() : snapshot;
            List<String> marked = markSuspectLinks(store, written);
            SaveResult result;
            try {
                result = store.saveMerging(written, StoreAccess.currentUser(), "", choices, ConflictPolicy.FAIL);
            } catch (ConcurrentSaveException stale) {
                if (written.plan().isPresent()) {
                    throw stale;
                }
                // Someone saved since the base: only the whole plan can be merged onto theirs.
                result = store.saveMerging(point.takeFull(), StoreAccess.currentUser(), "", choices,
                        ConflictPolicy.FAIL);
            }
            Optional<Merged> merged = Optional.empty();
            if (result.merged() && result.saved().isPresent()) {
                String planId = result.saved().get().planId();
                PlanInfo info = store.planInfo(planId).orElseThrow(
                        () -> new StoreException(StoreException.Reason.NOT_FOUND, "planNotFound", planId));
                merged = Optional.of(new Merged(info, store.load(planId, result.saved().get().revision())));
            }
            outcome = new Outcome(result, null, marked, merged);
        } catch (StoreException e) {
            outcome = Outcome.failed(e);
        } catch (RuntimeException e) {
            // The editor waits for an outcome: whatever went wrong, it must get one and stay dirty.
            outcome = Outcome.failed(new StoreException(StoreException.Reason.DATABASE, "databaseError",
                    new Object[] {snapshot.planId(), e.toString()}, e));
        } finally {
            monitor.done();
        }
        done.accept(outcome);
        return Status.OK_STATUS;
    }

    /** Whether the plan has a baseline, so that the save must look at the whole plan for links to mark. */
    private boolean afterBaseline(PlanStore store) throws StoreException {
        return snapshot.plan().isEmpty() && snapshot.baseRevision() > 0
                && !store.baselines(snapshot.planId()).isEmpty();
    }

    /**
     * After a baseline, a changed task text or indicator target puts the links touching it under
     * review: they are marked suspect in the snapshot's copy of the plan, and so saved with the change.
     */
    private static List<String> markSuspectLinks(PlanStore store, SaveSnapshot written) throws StoreException {
        if (written.plan().isEmpty()) {
            return List.of();
        }
        List<TraceLink> toMark = BaselineImpact.ofEdits(store, written.plan().get(), written.baseRevision())
                .map(BaselineImpact::links).orElse(List.of()).stream().filter(link -> !link.isSuspect()).toList();
        toMark.forEach(link -> link.setSuspect(true));
        return toMark.stream().map(TraceLink::getId).toList();
    }
}
