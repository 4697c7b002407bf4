package org.planstudio.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.planstudio.store.StoreConfig;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.app.StartupPlanOpener;
import org.planstudio.ui.editor.PlanEditor;

/** The workbench as the tests drive it: one throw-away database per test run, the sample plan open. */
public final class Workbench {

    private static Path database;

    private Workbench() {
    }

    /** The database folder of this run; set before anything opens the store. */
    public static synchronized Path database() {
        if (database == null) {
            try {
                database = Files.createTempDirectory("planstudio-ui-test").resolve("db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(StoreConfig.DATABASE_PROPERTY, database.toString());
        }
        return database;
    }

    public static IWorkbenchPage openSamplePlan() throws WorkbenchException {
        database();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        page.closeAllEditors(false);
        PlatformUI.getWorkbench().showPerspective(PlanStudioPerspective.ID, window);
        new StartupPlanOpener(window).openLastPlan();
        processEvents();
        return page;
    }

    public static PlanEditor editor(IWorkbenchPage page) {
        return (PlanEditor) page.getActiveEditor();
    }

    public static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain asyncExecs (refreshes, dirty flags) as the event loop would
        }
    }
}
