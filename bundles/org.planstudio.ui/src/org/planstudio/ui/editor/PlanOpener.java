package org.planstudio.ui.editor;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoredPlan;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.OffUiThread;
import org.planstudio.ui.internal.StoreAccess;

/** Opens plans in editors and remembers the last one, which the next start opens again. */
public final class PlanOpener {

    private static final String LAST_PLAN = "lastPlanId";

    private PlanOpener() {
    }

    public static PlanEditor open(IWorkbenchPage page, PlanInfo info) throws PartInitException {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(info, "info");
        String name = name(info);
        Optional<PlanEditor> open = findEditor(page, info.id());
        IEditorPart part = open.isPresent() ? open.get()
                : page.openEditor(PlanEditorInput.loaded(read(page, info, name), name), PlanEditor.ID);
        page.activate(part);
        remember(info.id());
        return (PlanEditor) part;
    }

    /**
     * Opens a revision read already off the UI thread (the save job's merged revision), in a new
     * editor: the caller closed the old one.
     */
    static PlanEditor open(IWorkbenchPage page, PlanInfo info, StoredPlan stored) throws PartInitException {
        String name = name(info);
        IEditorPart part = page.openEditor(PlanEditorInput.loaded(stored, name), PlanEditor.ID);
        remember(info.id());
        return (PlanEditor) part;
    }

    private static String name(PlanInfo info) {
        String title = Locale.getDefault().getLanguage().equals("zh") || info.titleEn().isBlank() ? info.titleZh() : info.titleEn();
        return title.isBlank() ? info.id() : title;
    }

    /** Reads the plan off the UI thread: a large plan takes seconds, and the window must keep repainting. */
    private static StoredPlan read(IWorkbenchPage page, PlanInfo info, String name) throws PartInitException {
        Optional<StoredPlan> stored;
        try {
            stored = OffUiThread.call(page.getWorkbenchWindow().getWorkbench().getProgressService(),
                    NLS.bind(Messages.Opener_reading, name), () -> StoreAccess.store().loadLatest(info.id()));
        } catch (StoreException e) {
            throw new PartInitException(e.getLocalizedMessage(), e);
        } catch (InterruptedException e) {
            // The user's Cancel, not a thread interrupt: the UI thread must not carry an interrupt flag.
            throw new PartInitException(NLS.bind(Messages.Opener_interrupted, name), e);
        }
        return stored.orElseThrow(() -> new PartInitException(NLS.bind(Messages.Editor_planMissing, name, info.id())));
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
