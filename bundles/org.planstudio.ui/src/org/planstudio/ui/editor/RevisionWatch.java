package org.planstudio.ui.editor;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.planstudio.store.PlanStore;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.ui.internal.StoreAccess;

/**
 * Asks the store, every few seconds and off the UI thread, for the newest revision of one plan
 * (polling, not LISTEN/NOTIFY: docs/team.md, "Live updates", says why). A failed check is reported
 * once, until a check succeeds again; the watch keeps trying. The callbacks run on the job's thread.
 */
final class RevisionWatch {

    /** Seconds between two checks; a system property so that an office can set it in planstudio.ini. */
    static final String INTERVAL_PROPERTY = "planstudio.liveUpdates.seconds";
    private static final long DEFAULT_SECONDS = 5;

    /** What the watch reports: the latest revision (empty: the plan is gone), or a failure, or the end of one. */
    interface Listener {
        void latest(Optional<RevisionInfo> latest);

        void failed(String reason);

        void recovered();
    }

    /** Where the answer comes from: the workbench's store, or a test's stand-in for a failing server. */
    interface Source {
        Optional<RevisionInfo> latest(String planId) throws StoreException;
    }

    private final String planId;
    private final Source source;
    private final Listener listener;
    private final long intervalMs;
    private final Job job;
    private volatile boolean stopped;
    /** Touched by the job only (Eclipse runs one instance of a job at a time). */
    private boolean failing;

    /**
     * Watches through the store the workbench has open now (the editor was just read from it, so this
     * does no database work). Not {@code StoreAccess.store()} at each check: a check after the
     * workbench closed the store would open it again.
     */
    static RevisionWatch ofOpenStore(String planId, Listener listener) throws StoreException {
        PlanStore store = StoreAccess.store();
        return new RevisionWatch(planId, store::latestRevision, seconds() * 1000, listener);
    }

    RevisionWatch(String planId, Source source, long intervalMs, Listener listener) {
        this.planId = Objects.requireNonNull(planId, "planId");
        this.source = Objects.requireNonNull(source, "source");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.intervalMs = intervalMs;
        this.job = new Job(NLS.bind(LiveMessages.checkJob, planId)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                check();
                if (!stopped) {
                    schedule(intervalMs);
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
    }

    static long seconds() {
        return Math.max(1, Long.getLong(INTERVAL_PROPERTY, DEFAULT_SECONDS));
    }

    void start() {
        job.schedule(intervalMs);
    }

    /** Checks as soon as possible (after a save, and for tests) instead of at the next interval. */
    void checkNow() {
        if (!stopped) {
            job.cancel();
            job.schedule();
        }
    }

    void stop() {
        stopped = true;
        job.cancel();
    }

    private void check() {
        Optional<RevisionInfo> latest;
        try {
            latest = source.latest(planId);
        } catch (StoreException | RuntimeException e) {
            // A lost connection: the store opens a new one for the next check, so retrying is all there is to do.
            if (!failing && !stopped) {
                failing = true;
                listener.failed(Objects.toString(e.getLocalizedMessage(), e.getClass().getName()));
            }
            return;
        }
        if (stopped) {
            return;
        }
        if (failing) {
            failing = false;
            listener.recovered();
        }
        listener.latest(latest);
    }
}
