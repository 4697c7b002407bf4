package org.planstudio.ui.editor;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.StoredPlan;

/**
 * A plan in the store, named by its stable id. Deliberately not persistable: the workbench would
 * restore an editor for a plan that another database (or another user) may no longer hold; the
 * start-up opener reopens the last plan from the store instead. A new plan that is not stored yet
 * travels in the input itself ({@link #unsaved}); its first save makes it revision 1.
 */
public final class PlanEditorInput implements IEditorInput {

    private final String planId;
    private final String name;
    private final Plan unsavedPlan;
    private final int unsavedBase;
    // Handed over once: the workbench keeps inputs (navigation history) after their editor closed.
    private final AtomicReference<StoredPlan> loaded;

    public PlanEditorInput(String planId, String name) {
        this(planId, name, null, 0, null);
    }

    private PlanEditorInput(String planId, String name, Plan unsavedPlan, int unsavedBase, StoredPlan loaded) {
        this.planId = Objects.requireNonNull(planId, "planId");
        this.name = Objects.requireNonNull(name, "name");
        this.unsavedPlan = unsavedPlan;
        this.unsavedBase = unsavedBase;
        this.loaded = new AtomicReference<>(loaded);
    }

    /**
     * A stored plan already read from the store (off the UI thread, by {@link PlanOpener}), so
     * that opening the editor does no database work on the UI thread.
     */
    static PlanEditorInput loaded(StoredPlan stored, String name) {
        Objects.requireNonNull(stored, "stored");
        return new PlanEditorInput(stored.plan().getId(), name, null, 0, stored);
    }

    /** A plan made in memory (New Plan): the editor takes this object and saves it as revision 1. */
    public static PlanEditorInput unsaved(Plan plan, String name) {
        Objects.requireNonNull(plan, "plan");
        return new PlanEditorInput(Objects.requireNonNull(plan.getId(), "plan id"), name, plan, 0, null);
    }

    /**
     * Unsaved edits on top of stored revision {@code baseRevision} (a bring-in of a newer revision,
     * {@link BringInFlow}): the editor opens dirty, and its save starts from that revision.
     */
    static PlanEditorInput broughtIn(Plan plan, int baseRevision, String name) {
        Objects.requireNonNull(plan, "plan");
        if (baseRevision < 1) {
            throw new IllegalArgumentException("not a stored revision: " + baseRevision);
        }
        return new PlanEditorInput(Objects.requireNonNull(plan.getId(), "plan id"), name, plan, baseRevision, null);
    }

    /** The revision {@link #unsavedPlan()} started from; 0 for a plan not stored yet. */
    int unsavedBaseRevision() {
        return unsavedBase;
    }

    public String planId() {
        return planId;
    }

    public Optional<Plan> unsavedPlan() {
        return Optional.ofNullable(unsavedPlan);
    }

    /** The stored plan read before the editor opened, once; empty when the editor must read it itself. */
    Optional<StoredPlan> takeLoadedPlan() {
        return Optional.ofNullable(loaded.getAndSet(null));
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return name;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanEditorInput input && input.planId.equals(planId);
    }

    @Override
    public int hashCode() {
        return planId.hashCode();
    }
}
