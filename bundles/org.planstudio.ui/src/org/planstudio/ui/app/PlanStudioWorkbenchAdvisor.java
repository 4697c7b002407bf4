package org.planstudio.ui.app;

import java.util.Objects;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

final class PlanStudioWorkbenchAdvisor extends WorkbenchAdvisor {

    private final StartOptions options;

    PlanStudioWorkbenchAdvisor(StartOptions options) {
        this.options = Objects.requireNonNull(options);
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Layout and open editors come back after a restart, as users of a daily tool expect.
        configurer.setSaveAndRestore(!options.smokeTest());
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new PlanStudioWindowAdvisor(configurer, options);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PlanStudioPerspective.ID;
    }
}
