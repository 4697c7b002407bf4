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

    @Test
    void filesAttachedInTheDialogAreStoredWithTheUpdateAndSavedAsAgain(@org.junit.jupiter.api.io.TempDir Path files)
            throws Exception {
        Plan plan = editor.getPlan();
        view.generatePeriodsForTest();
        processEvents();
        ReportingPeriod period = view.period().orElseThrow();
        KeyTask task = view.rows().get(0).task();
        ProgressUpdateDialog dialog = new ProgressUpdateDialog(view.getSite().getShell(), editor, task, period,
                PlanClock.today());
        dialog.setBlockOnOpen(false);
        dialog.open();
        processEvents();
        dialog.doneText().setText("完成联合实验室选址");
        byte[] minutes = "会议纪要：确定选址".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        join(dialog.attachments().add(Files.write(files.resolve("会议纪要.pdf"), minutes)));
        join(dialog.attachments().add(Files.write(files.resolve("照片.png"), new byte[] { 1, 2, 3 })));
        assertEquals(List.of("会议纪要.pdf", "照片.png"), dialog.attachments().names());

        Path large = files.resolve("全文.docx");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            sparse.setLength(org.planstudio.supervision.SupervisionCommands.MAX_ATTACHMENT_BYTES + 1L);
        }
        join(dialog.attachments().add(large));
        String refused = dialog.errorText();
        assertTrue(refused.contains("全文.docx") && refused.contains("20"), refused);
        assertEquals(2, dialog.attachments().names().size(), "the refused file is not listed");
        dialog.attachments().remove(1);
        screenshot(dialog.getShell(), "progress-update-attachment-zh.png");
        assertTrue(dialog.save(true));
        processEvents();

        ProgressUpdate update = Updates.find(plan, task, period).orElseThrow();
        assertEquals(1, update.getAttachments().size());
        assertEquals("application/pdf", update.getAttachments().get(0).getMediaType());
        assertTrue(editor.saveAndWait());
        Plan stored = StoreAccess.store().loadLatest(plan.getId()).orElseThrow().plan();
        ProgressUpdate saved = stored.getProgressUpdates().stream().filter(u -> u.getId().equals(update.getId()))
                .findFirst().orElseThrow();
        assertEquals("会议纪要.pdf", saved.getAttachments().get(0).getName());
        org.junit.jupiter.api.Assertions.assertArrayEquals(minutes, saved.getAttachments().get(0).getContent(),
                "the file is kept in the database");

        ProgressUpdateDialog again = new ProgressUpdateDialog(view.getSite().getShell(), editor, task, period,
                PlanClock.today());
        again.setBlockOnOpen(false);
        again.open();
        processEvents();
        assertEquals(List.of("会议纪要.pdf"), again.attachments().names());
        Path copy = files.resolve("copy.pdf");
        join(again.attachments().saveAs(0, copy));
        org.junit.jupiter.api.Assertions.assertArrayEquals(minutes, Files.readAllBytes(copy));
        again.attachments().remove(0);
        assertTrue(again.save(true));
        processEvents();
        assertTrue(update.getAttachments().isEmpty());
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(1, update.getAttachments().size(), "undo puts the removed file back");
    }

    @Test
    void aSupportingUnitAddsItsPartAndTheViewShowsIt() throws Exception {
        view.generatePeriodsForTest();
        processEvents();
        ReportingPeriod period = view.period().orElseThrow();
        Row row = view.rows().get(0);
        ContributionDialog none = new ContributionDialog(view.getSite().getShell(), editor, row.task(), period,
                PlanClock.today());
        none.setBlockOnOpen(false);
        none.open();
        processEvents();
        assertFalse(none.save(), "the sample's tasks name no supporting unit: nothing to add");
        none.close();
        // The office names a supporting unit of the task (any unit that does not lead it).
        Plan plan = editor.getPlan();
        org.planstudio.model.plan.Organization supporting = plan.getOrganizations().stream()
                .filter(o -> !row.task().getLeadUnits().contains(o)).findFirst().orElseThrow();
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(
                editor.getEditingDomain(), row.task(), org.planstudio.model.plan.PlanPackage.Literals.KEY_TASK__SUPPORTING_UNITS,
                supporting));
        ContributionDialog dialog = new ContributionDialog(view.getSite().getShell(), editor, row.task(), period,
                PlanClock.today());
        dialog.setBlockOnOpen(false);
        dialog.open();
        processEvents();
        assertFalse(dialog.save(), "an empty part is refused");
        assertFalse(dialog.getShell().isDisposed(), "and the dialog stays open");
        dialog.partText().setText("协助对接合作院校");
        assertTrue(dialog.save());
        processEvents();
        view.refreshRows();
        processEvents();
        Row after = view.rows().stream().filter(r -> r.task() == row.task()).findFirst().orElseThrow();
        assertTrue(after.contributionsText().endsWith("\uff1a协助对接合作院校"), after.contributionsText());
        assertTrue(after.contributionsText().startsWith(
                org.planstudio.ui.internal.ModelLabels.element(row.task().getSupportingUnits().get(0))));
        assertTrue(editor.isDirty());
    }

    @Test
    void theBriefingListsRedAndYellowTasksByUnitWithWhy() throws Exception {
        Plan plan = editor.getPlan();
        editor.getEditingDomain().getCommandStack().execute(new ChangeCommand(plan) {
            @Override
            protected void doExecute() {
                UpdateGenerator.generate(plan, PlanClock.today(), 20260630L);
            }
        });
        processEvents();
        ReportingPeriod period = view.period().orElseThrow();
        org.planstudio.supervision.Briefing expected = org.planstudio.supervision.Briefing.of(plan, period,
                PlanClock.today(), view.rules());
        BriefingDialog dialog = new BriefingDialog(view.getSite().getShell(), plan, period, PlanClock.today(), view.rules());
        dialog.setBlockOnOpen(false);
        dialog.open();
        processEvents();
        List<String> lines = dialog.lines();
        String all = String.join("\n", lines);
        assertTrue(dialog.summary().contains("红灯" + expected.red() + "项、黄灯" + expected.yellow() + "项"), dialog.summary());
        for (org.planstudio.supervision.Briefing.UnitEntry entry : expected.units()) {
            String unit = org.planstudio.ui.internal.ModelLabels.element(entry.unit().orElseThrow());
            assertTrue(lines.contains(unit + "：红灯" + entry.red().size() + "项、黄灯" + entry.yellow().size() + "项"), all);
            for (org.planstudio.supervision.TaskLight light : entry.red()) {
                String task = org.planstudio.ui.internal.ModelLabels.element(light.task());
                assertTrue(lines.stream().anyMatch(l -> l.startsWith("  " + task + " | \u25cf 红灯 | ")
                        && l.contains(light.flags().iterator().next().label(java.util.Locale.SIMPLIFIED_CHINESE))), task + " in\n" + all);
            }
        }
        dialog.getShell().setSize(1100, 700);
        screenshot(dialog.getShell(), "briefing-zh.png");
        dialog.close();
    }

    private static void join(org.eclipse.core.runtime.jobs.Job job) throws InterruptedException {
        Display display = Display.getCurrent();
        while (job.getResult() == null) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        processEvents();
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
