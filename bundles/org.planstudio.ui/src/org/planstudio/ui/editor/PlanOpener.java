package org.planstudio.ui.editor;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.StoredPlan;

/** Opens plans in editors and remembers the last one, which the next start opens again. */
public final class PlanOpener {

    private static final String LAST_PLAN = "lastPlanId";

    private PlanOpener() {
    }

    public static PlanEditor open(IWorkbenchPage page, PlanInfo info) throws PartInitException {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(info, "info");
        return open(page, info, new PlanEditorInput(info.id(), name(info)));
    }

    /** Opens a revision read already (off the UI thread), so that the editor does not load it. */
    static PlanEditor open(IWorkbenchPage page, PlanInfo info, StoredPlan stored) throws PartInitException {
        return open(page, info, PlanEditorInput.loaded(stored, name(info)));
    }

    private static PlanEditor open(IWorkbenchPage page, PlanInfo info, PlanEditorInput input) throws PartInitException {
        IEditorPart part = page.openEditor(input, PlanEditor.ID);
        remember(info.id());
        return (PlanEditor) part;
    }

    private static String name(PlanInfo info) {
        String name = Locale.getDefault().getLanguage().equals("zh") || info.titleEn().isBlank() ? info.titleZh() : info.titleEn();
        return name.isBlank() ? info.id() : name;
    }

    /** Opens a plan made in memory (New Plan); it is remembered once its first save stores it. */
    public static PlanEditor openUnsaved(IWorkbenchPage page, Plan plan, String name) throws PartInitException {
        Objects.requireNonNull(page, "page");
        return (PlanEditor) page.openEditor(PlanEditorInput.unsaved(plan, name), PlanEditor.ID);
    }

    /** The open editor of a plan, if any. */
    public static Optional<PlanEditor> findEditor(IWorkbenchPage page, String planId) {
        return Optional.ofNullable(page.findEditor(new PlanEditorInput(planId, planId)))
                .filter(PlanEditor.class::isInstance).map(PlanEditor.class::cast);
    }

    public static String lastPlanId() {
        return preferences().getString(LAST_PLAN);
    }

    /** Written at once: after a crash the next start should still open this plan. */
    static void remember(String planId) {
        ScopedPreferenceStore store = preferences();
        store.setValue(LAST_PLAN, planId);
        try {
            store.save();
        } catch (IOException e) {
            // Only the convenience of reopening this plan next time is lost; the log says why.
            ILog.of(PlanOpener.class).log(Status.warning("could not remember the last plan: " + e.getMessage(), e));
        }
    }

    private static ScopedPreferenceStore preferences() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.planstudio.ui");
    }
}
