package org.planstudio.store.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.planstudio.model.plan.Plan;
import org.planstudio.store.SaveSnapshot;

/**
 * The {@link SaveSnapshot} of {@link DerbyPlanStore}: the original plan's tracker (to bring it up
 * to the revision the snapshot becomes) with either the delta its marks came to ({@link ChangedRows},
 * worked out when the snapshot was taken) or a copy of the whole plan and the tracker's mark then.
 */
final class PreparedSave implements SaveSnapshot {

    private final Object store;
    private final String planId;
    private final int base;
    private final ChangeTracker tracker;
    private final Optional<ChangedRows.Delta> delta;
    private final Optional<OpenRows> open;
    private final Optional<Plan> copy;
    private final long upTo;
    private final AtomicBoolean written = new AtomicBoolean();

    private PreparedSave(Object store, String planId, int base, ChangeTracker tracker,
            Optional<ChangedRows.Delta> delta, Optional<OpenRows> open, Optional<Plan> copy, long upTo) {
        this.store = store;
        this.planId = planId;
        this.base = base;
        this.tracker = tracker;
        this.delta = delta;
        this.open = open;
        this.copy = copy;
        this.upTo = upTo;
    }

    static PreparedSave incremental(Object store, int base, ChangeTracker tracker, ChangedRows.Delta delta,
            OpenRows open) {
        return new PreparedSave(store, delta.planId(), base, tracker, Optional.of(delta), Optional.of(open),
                Optional.empty(), delta.upTo());
    }

    static PreparedSave full(Object store, int base, ChangeTracker tracker, Plan copy, long upTo) {
        return new PreparedSave(store, copy.getId(), base, tracker, Optional.empty(), Optional.empty(),
                Optional.of(copy), upTo);
    }

    /** The snapshot as this store's own; another store's cannot be written here. */
    static PreparedSave of(SaveSnapshot snapshot, Object store) {
        Objects.requireNonNull(snapshot, "snapshot");
        if (!(snapshot instanceof PreparedSave prepared) || prepared.store != store) {
            throw new IllegalArgumentException("a save snapshot taken by another store: " + snapshot.planId());
        }
        return prepared;
    }

    /** Claims the snapshot for one write; the claim is given back if the write fails. */
    void claim() {
        if (!written.compareAndSet(false, true)) {
            throw new IllegalStateException("save snapshot of " + planId + " written already");
        }
    }

    void release() {
        written.set(false);
    }

    ChangeTracker tracker() {
        return tracker;
    }

    Optional<ChangedRows.Delta> delta() {
        return delta;
    }

    Optional<OpenRows> open() {
        return open;
    }

    long upTo() {
        return upTo;
    }

    @Override
    public String planId() {
        return planId;
    }

    @Override
    public int baseRevision() {
        return base;
    }

    @Override
    public boolean incremental() {
        return delta.isPresent();
    }

    @Override
    public Optional<Plan> plan() {
        return copy;
    }

    @Override
    public String toString() {
        return "SaveSnapshot[" + planId + " from r" + base + (incremental() ? ", incremental]" : ", full]");
    }
}
