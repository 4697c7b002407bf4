package org.planstudio.ui.app;

import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.planstudio.store.StoreException;
import org.planstudio.ui.internal.StoreAccess;

final class PlanStudioWorkbenchAdvisor extends WorkbenchAdvisor {

    private final StartOptions options;

    PlanStudioWorkbenchAdvisor(StartOptions options) {
        this.options = Objects.requireNonNull(options);
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Layout and open editors come back after a restart, as users of a daily tool expect.
        configurer.setSaveAndRestore(!options.smokeTest());
        if (options.smokeTest()) {
            // An error dialog at start would wait for someone to press OK until the smoke test's
            // time limit; the error is in the log instead, and smoke-test.sh fails on it at once.
            ErrorDialog.AUTOMATED_MODE = true;
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new PlanStudioWindowAdvisor(configurer, options);
    }

    @Override
    public void postShutdown() {
        // Shuts the embedded database down cleanly, so the next start does not have to recover it.
        try {
            StoreAccess.close();
        } catch (StoreException e) {
            ILog.of(PlanStudioWorkbenchAdvisor.class).log(Status.warning(e.getMessage(), e));
        }
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PlanStudioPerspective.ID;
    }
}
