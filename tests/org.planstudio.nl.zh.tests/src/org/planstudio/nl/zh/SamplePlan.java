package org.planstudio.nl.zh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.planstudio.store.StoreConfig;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.app.StartupPlanOpener;
import org.planstudio.ui.editor.PlanEditor;

/** The workbench on the sample plan, in a throw-away database of this test run. */
final class SamplePlan {

    private static boolean databaseChosen;

    private SamplePlan() {
    }

    static synchronized void useFreshDatabase() {
        if (!databaseChosen) {
            try {
                String folder = Files.createTempDirectory("planstudio-zh-test").resolve("db").toString();
                System.setProperty(StoreConfig.DATABASE_PROPERTY, folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            databaseChosen = true;
        }
    }

    static IWorkbenchPage open() throws WorkbenchException {
        useFreshDatabase();
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
