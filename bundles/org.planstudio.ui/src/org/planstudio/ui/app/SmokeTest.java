package org.planstudio.ui.app;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.planstudio.ui.domains.DomainSmokeReport;

/**
 * With --smoke-test the product proves it can start: once the window is open and the startup plan
 * is shown it says so on standard output and closes, so that the build can fail on a broken start.
 */
final class SmokeTest {

    static final String WINDOW_OPEN = "PLANSTUDIO-SMOKE-TEST: window open";
    private static final int CLOSE_DELAY_MS = 3000;

    private SmokeTest() {
    }

    static void reportAndClose(IWorkbenchWindow window) {
        Display display = window.getShell().getDisplay();
        String title = window.getShell().getText();
        DomainSmokeReport.run(window);
        System.out.println(WINDOW_OPEN + " (" + title + ")");
        System.out.flush();
        display.timerExec(CLOSE_DELAY_MS, () -> window.getWorkbench().close());
    }
}
