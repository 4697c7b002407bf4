package org.planstudio.ui.app;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.planstudio.model.plan.Plan;
import org.planstudio.ui.domains.DomainSmokeReport;
import org.planstudio.ui.editor.PlanEditor;

/**
 * With --smoke-test the product proves it can start: once the window is open and the startup plan
 * is shown it says which plan the editor holds on standard output and closes, so that the build can
 * fail on a broken start (smoke-test.sh checks the plan and that the log holds no error).
 */
final class SmokeTest {

    static final String WINDOW_OPEN = "PLANSTUDIO-SMOKE-TEST: window open";
    static final String EDITOR_OPEN = "PLANSTUDIO-SMOKE-TEST: editor open on plan ";
    static final String NO_EDITOR = "PLANSTUDIO-SMOKE-TEST: no plan editor open";
    private static final int CLOSE_DELAY_MS = 3000;

    private SmokeTest() {
    }

    static void reportAndClose(IWorkbenchWindow window) {
        Display display = window.getShell().getDisplay();
        String title = window.getShell().getText();
        DomainSmokeReport.run(window);
        System.out.println(WINDOW_OPEN + " (" + title + ")");
        System.out.println(editorLine(window.getActivePage() == null ? null : window.getActivePage().getActiveEditor()));
        System.out.flush();
        display.timerExec(CLOSE_DELAY_MS, () -> window.getWorkbench().close());
    }

    static String editorLine(IEditorPart editor) {
        if (!(editor instanceof PlanEditor planEditor) || planEditor.getPlan() == null) {
            return NO_EDITOR;
        }
        Plan plan = planEditor.getPlan();
        String zh = plan.getTitle() == null ? "" : plan.getTitle().getZh();
        return EDITOR_OPEN + plan.getId() + " revision " + planEditor.getBaseRevision() + ": " + zh;
    }
}
