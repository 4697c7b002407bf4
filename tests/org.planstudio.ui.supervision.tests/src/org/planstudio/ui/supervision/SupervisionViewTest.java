package org.planstudio.ui.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.UpdateStatus;
import org.planstudio.model.text.PlanClock;
import org.planstudio.supervision.Flag;
import org.planstudio.supervision.Light;
import org.planstudio.supervision.Updates;
import org.planstudio.supervision.synthetic.UpdateGenerator;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.app.StartupPlanOpener;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.store.StoreConfig;
import org.planstudio.ui.testsupport.TestDatabase;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The Supervision view on the sample plan (runtime in Chinese, today 2026-06-30): red tasks with
 * their dot and word, the updates due, and a progress update entered, undone, redone and saved.
 */
@UiTest
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SupervisionViewTest {

    private static Path databases;

    private IWorkbenchPage page;
    private PlanEditor editor;
    private SupervisionView view;

    @BeforeEach
    void open() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.closeAllEditors(false);
        processEvents();
        // Each test starts on a new database holding only the sample plan, whatever the other saved.
        StoreAccess.close();
        if (databases == null) {
            databases = TestDatabase.folder().getParent();
        }
        Path fresh = Files.createTempDirectory(databases, "supervision").resolve("db");
        System.setProperty(StoreConfig.DATABASE_PROPERTY, fresh.toString());
        PlatformUI.getWorkbench().showPerspective(PlanStudioPerspective.ID, window);
        new StartupPlanOpener(window).openLastPlan();
        processEvents();
        editor = (PlanEditor) page.getActiveEditor();
        view = (SupervisionView) page.showView(SupervisionView.ID);
        processEvents();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        processEvents();
    }

    @Test
    void withPeriodsGeneratedEveryUnreportedTaskIsRedAndListedAsDue() {
        assertTrue(view.rows().isEmpty(), "the sample plan has no periods yet");
        assertEquals(Messages.View_noPeriods, view.summaryText());
        view.generatePeriodsForTest();
        processEvents();
        assertTrue(editor.isDirty(), "generating periods is an edit of the plan");
        List<Row> rows = view.rows();
        assertEquals(12, rows.size());
        for (Row row : rows) {
            assertEquals(Light.RED, row.lightValue(), row.taskText());
            assertTrue(row.light().has(Flag.UNREPORTED), "Q1 2026 was due on 2026-04-10");
            assertEquals("\u25cf 红灯", row.lightText(), "dot and word, not colour alone");
        }
        assertFalse(view.dueRows().isEmpty());
        assertTrue(view.dueRows().stream().allMatch(d -> d.late()));
        editor.getEditingDomain().getCommandStack().undo();
        processEvents();
        assertTrue(view.rows().isEmpty(), "undo takes the periods back");
    }

    @Test
    void anUpdateEnteredInTheDialogIsUndoableAndSavedWithThePlan() throws Exception {
        Plan plan = editor.getPlan();
        editor.getEditingDomain().getCommandStack().execute(new ChangeCommand(plan) {
            @Override
            protected void doExecute() {
                UpdateGenerator.generate(plan, PlanClock.today(), 20260630L);
            }
        });
        processEvents();
        assertTrue(view.rows().stream().anyMatch(r -> r.lightValue() == Light.RED), "the generated plan has red tasks");
        assertTrue(view.rows().stream().anyMatch(r -> r.lightValue() == Light.YELLOW));
        var viewRef = page.findViewReference(SupervisionView.ID);
        page.setPartState(viewRef, IWorkbenchPage.STATE_MAXIMIZED);
        processEvents();
        screenshot(page.getWorkbenchWindow().getShell(), "supervision-view-zh.png");
        page.setPartState(viewRef, IWorkbenchPage.STATE_RESTORED);
        processEvents();
        assertEquals(Light.RED, view.rows().get(0).lightValue(), "red tasks come first");

        Row red = view.rows().stream().filter(r -> r.light().has(Flag.UNREPORTED)).findFirst().orElseThrow();
        KeyTask task = red.task();
        ReportingPeriod period = view.period().orElseThrow();
        ProgressUpdateDialog dialog = new ProgressUpdateDialog(view.getSite().getShell(), editor, task, period,
                PlanClock.today());
        dialog.setBlockOnOpen(false);
        dialog.open();
        processEvents();
        dialog.doneText().setText("与哈萨克斯坦合作方签署联合实验室共建协议");
        dialog.nextText().setText("推进实验室挂牌");
        dialog.percentSpinner().setSelection(55);
        screenshot(dialog.getShell(), "progress-update-zh.png");
        assertTrue(dialog.save(true));
        processEvents();

        ProgressUpdate update = Updates.find(plan, task, period).orElseThrow();
        assertEquals(UpdateStatus.SUBMITTED, update.getStatus());
        assertEquals(55, update.getPercent());
        assertTrue(editor.isDirty());
        Row after = view.rows().stream().filter(r -> r.task() == task).findFirst().orElseThrow();
        assertFalse(after.light().has(Flag.UNREPORTED), "reported now");

        editor.getEditingDomain().getCommandStack().undo();
        processEvents();
        assertTrue(Updates.find(plan, task, period).isEmpty(), "one undo takes the update back");
        editor.getEditingDomain().getCommandStack().redo();
        processEvents();

        assertTrue(editor.saveAndWait());
        processEvents();
        assertFalse(editor.isDirty());
        Plan stored = StoreAccess.store().loadLatest(plan.getId()).orElseThrow().plan();
        ProgressUpdate saved = stored.getProgressUpdates().stream().filter(u -> u.getId().equals(update.getId()))
                .findFirst().orElseThrow();
        assertEquals("与哈萨克斯坦合作方签署联合实验室共建协议", saved.getDone().getZh());
        assertEquals(55, saved.getPercent());
        assertEquals(LocalDate.of(2026, 6, 30), PlanClock.today());
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let refreshes and dirty flags run
        }
    }

    /** With PLANSTUDIO_SCREENSHOT_DIR set, the shell is saved there (how docs/images/ got its pictures). */
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
