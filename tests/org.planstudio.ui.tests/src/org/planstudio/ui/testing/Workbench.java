package org.planstudio.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.app.StartupPlanOpener;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.testsupport.FixedToday;
import org.planstudio.ui.testsupport.TestDatabase;

/**
 * The running Plan Studio workbench as the tests drive it: its throw-away database (the build's
 * {@code -Dplanstudio.db}) and the sample plan open.
 */
public final class Workbench {

    /** Today in every UI test ({@link FixedToday}, part of {@code @UiTest}). */
    public static final LocalDate TODAY = FixedToday.TODAY;

    private Workbench() {
    }

    /** The database folder the workbench under test uses (never the user's). */
    public static Path database() {
        return TestDatabase.folder();
    }

    /**
     * Switches the workbench to a new, empty database folder (under the build's one); the next
     * {@link #openSamplePlan()} loads the sample plan into it as on a first start.
     */
    public static Path useFreshDatabase() throws StoreException {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        processEvents();
        StoreAccess.close();
        try {
            Path fresh = Files.createTempDirectory(database().getParent(), "fresh").resolve("db");
            System.setProperty(StoreConfig.DATABASE_PROPERTY, fresh.toString());
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The window as the user sees it, to look at by hand (in target/); not an assertion. */
    public static void saveWindowImage(IWorkbenchPage page, String name) {
        Shell shell = page.getWorkbenchWindow().getShell();
        processEvents();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader png = new ImageLoader();
            png.data = new ImageData[] {image.getImageData()};
            png.save(Path.of("target", name).toAbsolutePath().toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
