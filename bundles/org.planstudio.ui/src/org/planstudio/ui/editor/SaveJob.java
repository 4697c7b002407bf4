package org.planstudio.ui.editor;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.planstudio.merge.Side;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.ConflictPolicy;
import org.planstudio.store.SaveResult;
import org.planstudio.store.StoreException;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.internal.StoreAccess;

/**
 * The database side of a save, off the UI thread: saves a snapshot of the editor's plan, merging
 * onto the latest revision when its base is stale. The outcome (saved, conflicts, failure) goes
 * to {@code done}, which the editor runs on the UI thread.
 */
final class SaveJob extends Job {

    /** What the save came to: a result, or the failure. */
    record Outcome(SaveResult result, StoreException failure) {
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
            outcome = new Outcome(StoreAccess.store().saveMerging(snapshot, baseRevision, StoreAccess.currentUser(),
                    "", choices, ConflictPolicy.FAIL), null);
        } catch (StoreException e) {
            outcome = new Outcome(null, e);
        } finally {
            monitor.done();
        }
        done.accept(outcome);
        return Status.OK_STATUS;
    }
}
