package org.planstudio.ui.editor;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.planstudio.store.PlanInfo;

/** Opens plans in editors and remembers the last one, which the next start opens again. */
public final class PlanOpener {

    private static final String LAST_PLAN = "lastPlanId";

    private PlanOpener() {
    }

    public static PlanEditor open(IWorkbenchPage page, PlanInfo info) throws PartInitException {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(info, "info");
        String name = Locale.getDefault().getLanguage().equals("zh") || info.titleEn().isBlank() ? info.titleZh() : info.titleEn();
        IEditorPart part = page.openEditor(new PlanEditorInput(info.id(), name.isBlank() ? info.id() : name), PlanEditor.ID);
        preferences().setValue(LAST_PLAN, info.id());
        return (PlanEditor) part;
    }

    public static String lastPlanId() {
        return preferences().getString(LAST_PLAN);
    }

    private static IPreferenceStore preferences() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.planstudio.ui");
    }
}
