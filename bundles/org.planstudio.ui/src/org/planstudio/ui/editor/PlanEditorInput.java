package org.planstudio.ui.editor;

import java.util.Objects;
import java.util.Optional;

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
    /** A revision read already (off the UI thread), for the editor to take instead of loading. */
    private StoredPlan loaded;

    public PlanEditorInput(String planId, String name) {
        this(planId, name, null);
    }

    /** A stored plan whose revision the caller read already; the editor shows it without loading. */
    public static PlanEditorInput loaded(StoredPlan stored, String name) {
        Objects.requireNonNull(stored, "stored");
        PlanEditorInput input = new PlanEditorInput(stored.revision().planId(), name, null);
        input.loaded = stored;
        return input;
    }

    private PlanEditorInput(String planId, String name, Plan unsavedPlan) {
        this.planId = Objects.requireNonNull(planId, "planId");
        this.name = Objects.requireNonNull(name, "name");
        this.unsavedPlan = unsavedPlan;
    }

    /** A plan made in memory (New Plan): the editor takes this object and saves it as revision 1. */
    public static PlanEditorInput unsaved(Plan plan, String name) {
        Objects.requireNonNull(plan, "plan");
        return new PlanEditorInput(Objects.requireNonNull(plan.getId(), "plan id"), name, plan);
    }

    public String planId() {
        return planId;
    }

    public Optional<Plan> unsavedPlan() {
        return Optional.ofNullable(unsavedPlan);
    }

    /** The revision read already, once: an editor opened again on this input loads afresh. */
    Optional<StoredPlan> takeLoaded() {
        Optional<StoredPlan> taken = Optional.ofNullable(loaded);
        loaded = null;
        return taken;
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
