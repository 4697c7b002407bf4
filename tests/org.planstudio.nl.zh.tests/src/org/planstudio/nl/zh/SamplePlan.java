package org.planstudio.nl.zh;


import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.app.StartupPlanOpener;
import org.planstudio.ui.editor.PlanEditor;

/** The workbench on the sample plan (the workbench-tests profile gives the run a throw-away database). */
final class SamplePlan {

    private SamplePlan() {
    }

    static IWorkbenchPage open() throws WorkbenchException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        page.closeAllEditors(false);
        PlatformUI.getWorkbench().showPerspective(PlanStudioPerspective.ID, window);
        new StartupPlanOpener(window).openLastPlan();
        Widgets.processEvents();
        return page;
    }

    static PlanEditor editor(IWorkbenchPage page) {
        return (PlanEditor) page.getActiveEditor();
    }
}
