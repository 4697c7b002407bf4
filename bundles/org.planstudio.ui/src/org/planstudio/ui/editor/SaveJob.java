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
import org.planstudio.store.ConflictPolicy;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.SaveResult;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoredPlan;
import org.planstudio.trace.BaselineImpact;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.internal.StoreAccess;

/**
 * The database side of a save, off the UI thread: marks for review the links at elements changed
 * since the latest baseline (in the snapshot, so that the marks are saved with the change), saves
 * the snapshot of the editor's plan, merging onto the latest revision when its base is stale, and
 * after a merge reads the merged revision for the editor to show. The outcome (saved, conflicts,
 * failure) goes to {@code done}, which the editor runs on the UI thread.
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

    private final Plan snapshot;
    private final int baseRevision;
    private final Map<String, Side> choices;
    private final Consumer<Outcome> done;

    SaveJob(Plan snapshot, int baseRevision, Map<String, Side> choices, Consumer<Outcome> done) {
        super(NLS.bind(Messages.Merge_saveJob, ModelLabels.element(snapshot)));
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.baseRevision = baseRevision;
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
            List<String> marked = markSuspectLinks(store);
            SaveResult result = store.saveMerging(snapshot, baseRevision, StoreAccess.currentUser(), "", choices,
                    ConflictPolicy.FAIL);
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
        } finally {
            monitor.done();
        }
        done.accept(outcome);
        return Status.OK_STATUS;
    }

    /**
     * After a baseline, a changed task text or indicator target puts the links touching it under
     * review: they are marked suspect in the snapshot, and so saved with the change.
     */
    private List<String> markSuspectLinks(PlanStore store) throws StoreException {
        List<TraceLink> toMark = BaselineImpact.ofEdits(store, snapshot, baseRevision).map(BaselineImpact::links)
                .orElse(List.of()).stream().filter(link -> !link.isSuspect()).toList();
        toMark.forEach(link -> link.setSuspect(true));
        return toMark.stream().map(TraceLink::getId).toList();
    }
}
