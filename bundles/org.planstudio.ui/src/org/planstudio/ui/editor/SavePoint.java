package org.planstudio.ui.editor;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Display;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.SaveSnapshot;
import org.planstudio.store.StoreException;
import org.planstudio.ui.internal.StoreAccess;

/**
 * What one save of an editor's plan covers: the store's snapshot of it, taken on the UI thread
 * (for a plan the store tracks, just the rows the edits touched), and the last command it holds,
 * against which the editor tells the edits made while the save ran. The save job asks for a full
 * snapshot (a copy of the plan) only when it needs the whole plan: to merge onto a newer revision,
 * or to mark links for review after a baseline.
 */
final class SavePoint {

    private final Plan plan;
    private final int baseRevision;
    private final CommandStack stack;
    private final Display display;
    /** Read and written on the UI thread only. */
    private Command lastSaved;

    SavePoint(Plan plan, int baseRevision, CommandStack stack, Display display) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.baseRevision = baseRevision;
        this.stack = Objects.requireNonNull(stack, "stack");
        this.display = Objects.requireNonNull(display, "display");
    }

    /** On the UI thread: what the edits so far come to. */
    SaveSnapshot take() throws StoreException {
        lastSaved = stack.getMostRecentCommand();
        return StoreAccess.store().prepareSave(plan, baseRevision);
    }

    /** From the save job: a copy of the whole plan as it is now, taken on the UI thread (edits go on there). */
    SaveSnapshot takeFull() throws StoreException {
        AtomicReference<SaveSnapshot> snapshot = new AtomicReference<>();
        AtomicReference<StoreException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                lastSaved = stack.getMostRecentCommand();
                snapshot.set(StoreAccess.store().prepareFullSave(plan, baseRevision));
            } catch (StoreException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return snapshot.get();
    }

    /** The last command the written snapshot holds (UI thread). */
    Command lastSaved() {
        return lastSaved;
    }
}
