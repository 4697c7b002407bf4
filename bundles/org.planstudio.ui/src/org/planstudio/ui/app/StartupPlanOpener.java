package org.planstudio.ui.app;

import java.util.Objects;

import org.eclipse.ui.IWorkbenchWindow;

final class StartupPlanOpener {

    private final IWorkbenchWindow window;

    StartupPlanOpener(IWorkbenchWindow window) {
        this.window = Objects.requireNonNull(window);
    }

    void openLastPlan() {
        // filled in once the store and editor exist
    }
}
