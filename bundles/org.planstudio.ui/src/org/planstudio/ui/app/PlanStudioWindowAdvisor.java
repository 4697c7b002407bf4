package org.planstudio.ui.app;

import java.util.Objects;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.planstudio.ui.internal.Messages;

final class PlanStudioWindowAdvisor extends WorkbenchWindowAdvisor {

    private final StartOptions options;

    PlanStudioWindowAdvisor(IWorkbenchWindowConfigurer configurer, StartOptions options) {
        super(configurer);
        this.options = Objects.requireNonNull(options);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new PlanStudioActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(Messages.App_title);
    }

    @Override
    public void postWindowOpen() {
        new StartupPlanOpener(getWindowConfigurer().getWindow()).openLastPlan();
        if (options.smokeTest()) {
            SmokeTest.reportAndClose(getWindowConfigurer().getWindow());
        }
    }
}
