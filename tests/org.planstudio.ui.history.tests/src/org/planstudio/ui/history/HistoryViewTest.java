package org.planstudio.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.FieldChange;
import org.planstudio.store.StoreConfig;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.app.StartupPlanOpener;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.navigator.PlanNavigatorView;
import org.planstudio.ui.testsupport.TestDatabase;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The History view on the sample plan (runtime in Chinese): a task's title edited and saved shows
 * as one change of that task when it is selected in the navigator, the plan's whole history holds
 * it too, filters narrow it, and the export is an .xlsx workbook with the same rows.
 */
@UiTest
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HistoryViewTest {

    private static Path databases;

    private IWorkbenchPage page;
    private PlanEditor editor;

    @BeforeEach
    void open() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.closeAllEditors(false);
        processEvents();
        StoreAccess.close();
        if (databases == null) {
            databases = TestDatabase.folder().getParent();
        }
        Path fresh = Files.createTempDirectory(databases, "history").resolve("db");
        System.setProperty(StoreConfig.DATABASE_PROPERTY, fresh.toString());
        PlatformUI.getWorkbench().showPerspective(PlanStudioPerspective.ID, window);
        new StartupPlanOpener(window).openLastPlan();
        processEvents();
        editor = (PlanEditor) page.getActiveEditor();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        processEvents();
    }

    @Test
    void anEditedAndSavedTaskShowsItsChangeAndExportsToExcel() throws Exception {
        HistoryView view = (HistoryView) page.showView(HistoryView.ID);
        Plan plan = editor.getPlan();
        KeyTask task = plan.getTaskAreas().get(0).getTasks().get(0);
        String before = task.getTitle().getZh();
        editor.getEditingDomain().getCommandStack().execute(new ChangeCommand(task) {
            @Override
            protected void doExecute() {
                task.getTitle().setZh("修订后的任务标题");
            }
        });
        assertTrue(editor.saveAndWait());
        processEvents();

        PlanNavigatorView navigator = (PlanNavigatorView) page.showView(PlanNavigatorView.ID);
        processEvents();
        assertTrue(navigator.reveal(task));
        settle(view);
        FieldChange change = only(view.changes(), task.getId(), "title[zh]");
        assertEquals(Optional.of(before), change.oldValue());
        assertEquals(Optional.of("修订后的任务标题"), change.newValue());
        assertEquals(StoreAccess.currentUser(), change.actor());
        assertEquals(2, change.revision());
        assertTrue(view.changes().stream().allMatch(c -> c.elementId().equals(task.getId())), "only the task's");
        assertTrue(view.statusText().contains(task.getId()), view.statusText());

        view.showWholePlan(true);
        settle(view);
        assertTrue(view.changes().size() > 10, "the plan's first revision created every element");
        only(view.changes(), task.getId(), "title[zh]");
        assertEquals(2, view.changes().get(0).revision(), "newest first");
        var viewRef = page.findViewReference(HistoryView.ID);
        page.setPartState(viewRef, IWorkbenchPage.STATE_MAXIMIZED);
        processEvents();
        screenshot(page.getWorkbenchWindow().getShell(), "history-view-zh.png");
        page.setPartState(viewRef, IWorkbenchPage.STATE_RESTORED);
        processEvents();

        Path file = Files.createTempDirectory("history-export").resolve("历史.xlsx");
        Job export = view.export(file);
        export.join();
        assertTrue(export.getResult().isOK(), export.getResult().toString());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            Row header = sheet.getRow(0);
            assertEquals(List.of("时间", "人员", "元素", "字段", "原值", "新值", "版本"),
                    List.of(0, 1, 2, 3, 4, 5, 6).stream().map(c -> cells.formatCellValue(header.getCell(c))).toList());
            assertEquals(view.rows().size(), sheet.getLastRowNum());
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if ("title[zh]".equals(cells.formatCellValue(row.getCell(3)))
                        && "修订后的任务标题".equals(cells.formatCellValue(row.getCell(5)))) {
                    assertEquals(before, cells.formatCellValue(row.getCell(4)));
                    assertEquals(2, (int) row.getCell(6).getNumericCellValue());
                    found = true;
                }
            }
            assertTrue(found, "the edit is in the workbook");
        }

        view.filter("没有这个人", "", "");
        settle(view);
        assertTrue(view.rows().isEmpty());
        view.filter("", "2026-13-01", "");
        settle(view);
        assertTrue(view.statusText().contains("2026-13-01"), view.statusText());
        view.filter(StoreAccess.currentUser(), "", "");
        settle(view);
        assertTrue(view.rows().size() > 10);
    }

    private static FieldChange only(List<FieldChange> changes, String element, String field) {
        List<FieldChange> found = changes.stream().filter(c -> c.elementId().equals(element) && c.field().equals(field))
                .toList();
        assertEquals(1, found.size(), () -> element + " " + field + " in " + changes);
        return found.get(0);
    }

    /** Waits (processing events) until the view's read has been shown. */
    private static void settle(HistoryView view) throws InterruptedException {
        processEvents();
        while (view.isLoading()) {
            Thread.sleep(10);
            processEvents();
        }
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let jobs' results and refreshes run
        }
    }

    /** With PLANSTUDIO_SCREENSHOT_DIR set, the shell is saved there. */
    private static void screenshot(Shell shell, String name) throws Exception {
        String folder = System.getenv("PLANSTUDIO_SCREENSHOT_DIR");
        if (folder == null) {
            return;
        }
        processEvents();
        Files.createDirectories(Path.of(folder));
        var size = shell.getSize();
        Image image = new Image(shell.getDisplay(), size.x, size.y);
        GC gc = new GC(shell);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(Path.of(folder, name).toString(), SWT.IMAGE_PNG);
        image.dispose();
    }
}
