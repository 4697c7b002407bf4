package org.planstudio.ui.editor;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Follows the plan editor the user works in, for views that show "the current plan" (navigator,
 * registries, matrix, problems, dashboard), and tells them when that plan changes. Model change
 * notifications are coalesced into one call per event-loop turn.
 */
public final class ActivePlanTracker {

    private final IWorkbenchPage page;
    private final Consumer<Optional<PlanEditor>> onEditor;
    private final Runnable onModelChange;
    private PlanEditor editor;
    private boolean changeScheduled;

    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                scheduleChange();
            }
        }
    };

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof PlanEditor planEditor) {
                track(planEditor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                track(otherEditor().orElse(null));
            }
        }
    };

    public ActivePlanTracker(IWorkbenchPage page, Consumer<Optional<PlanEditor>> onEditor, Runnable onModelChange) {
        this.page = Objects.requireNonNull(page, "page");
        this.onEditor = Objects.requireNonNull(onEditor, "onEditor");
        this.onModelChange = Objects.requireNonNull(onModelChange, "onModelChange");
    }

    /** Starts following; reports the editor active now, if any. */
    public void start() {
        page.addPartListener(partListener);
        track(page.getActiveEditor() instanceof PlanEditor active ? active : otherEditor().orElse(null));
    }

    public Optional<PlanEditor> editor() {
        return Optional.ofNullable(editor);
    }

    private Optional<PlanEditor> otherEditor() {
        for (IEditorReference ref : page.getEditorReferences()) {
            if (ref.getEditor(false) instanceof PlanEditor planEditor && planEditor != editor) {
                return Optional.of(planEditor);
            }
        }
        return Optional.empty();
    }

    private void track(PlanEditor next) {
        if (next == editor) {
            return;
        }
        if (editor != null) {
            editor.getPlan().eAdapters().remove(modelListener);
        }
        editor = next;
        if (editor != null) {
            editor.getPlan().eAdapters().add(modelListener);
        }
        onEditor.accept(Optional.ofNullable(editor));
    }

    private void scheduleChange() {
        if (changeScheduled) {
            return;
        }
        changeScheduled = true;
        page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
            changeScheduled = false;
            if (editor != null) {
                onModelChange.run();
            }
        });
    }

    public void stop() {
        page.removePartListener(partListener);
        if (editor != null) {
            editor.getPlan().eAdapters().remove(modelListener);
            editor = null;
        }
    }
}
