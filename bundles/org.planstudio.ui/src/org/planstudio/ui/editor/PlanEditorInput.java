package org.planstudio.ui.editor;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A plan in the store, named by its stable id. Deliberately not persistable: the workbench would
 * restore an editor for a plan that another database (or another user) may no longer hold; the
 * start-up opener reopens the last plan from the store instead.
 */
public final class PlanEditorInput implements IEditorInput {

    private final String planId;
    private final String name;

    public PlanEditorInput(String planId, String name) {
        this.planId = Objects.requireNonNull(planId, "planId");
        this.name = Objects.requireNonNull(name, "name");
    }

    public String planId() {
        return planId;
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
