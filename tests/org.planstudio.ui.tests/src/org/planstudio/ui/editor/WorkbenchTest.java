package org.planstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.app.StartupPlanOpener;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.navigator.NavigatorGroup;
import org.planstudio.ui.navigator.PlanNavigatorView;
import org.planstudio.ui.testing.Workbench;
import org.planstudio.ui.testsupport.UiTest;

/** The workbench on the sample plan, driven through its widgets as a user would. */
@UiTest
class WorkbenchTest {

    private static Path database;

    private IWorkbenchPage page;

    @BeforeAll
    static void useFreshDatabase() {
        database = Workbench.database();
    }

    @BeforeEach
    void openSamplePlan() throws WorkbenchException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.closeAllEditors(false);
        PlatformUI.getWorkbench().showPerspective(PlanStudioPerspective.ID, window);
        new StartupPlanOpener(window).openLastPlan();
        processEvents();
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        processEvents();
    }

    private PlanEditor editor() {
        return (PlanEditor) page.getActiveEditor();
    }

    private PlanNavigatorView navigator() {
        return (PlanNavigatorView) page.findView(PlanNavigatorView.ID);
    }

    @Test
    void opensOnTheSamplePlan() {
        assertTrue(page.getActiveEditor() instanceof PlanEditor, "a plan editor is open");
        Plan plan = editor().getPlan();
        assertEquals("bj-bri-2024", plan.getId());
        assertTrue(editor().getPartName().contains("行动计划") || editor().getPartName().contains("Action Plan"),
                editor().getPartName());
        assertFalse(editor().isDirty());
    }

    @Test
    void navigatorShowsThreeAreasAndTwelveTasks() {
        PlanNavigatorView navigator = navigator();
        navigator.viewer().expandAll();
        processEvents();
        TreeItem keyTasks = findItem(navigator.viewer().getTree().getItems(), NavigatorGroup.Kind.KEY_TASKS);
        List<TreeItem> areas = Arrays.asList(keyTasks.getItems());
        assertEquals(3, areas.size());
        assertTrue(areas.stream().allMatch(item -> item.getData() instanceof TaskArea));
        int tasks = areas.stream().mapToInt(area -> (int) Arrays.stream(area.getItems())
                .filter(item -> item.getData() instanceof KeyTask).count()).sum();
        assertEquals(12, tasks);
        assertTrue(keyTasks.getText().contains("12"), "the heading counts the tasks: " + keyTasks.getText());
    }

    private static TreeItem findItem(TreeItem[] items, NavigatorGroup.Kind kind) {
        for (TreeItem item : items) {
            if (item.getData() instanceof NavigatorGroup group && group.kind() == kind) {
                return item;
            }
            TreeItem found = findItem(item.getItems(), kind);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private KeyTask task(int number) {
        return editor().getPlan().getTaskAreas().stream().flatMap(area -> area.getTasks().stream())
                .filter(task -> task.getNumber() == number).findFirst().orElseThrow();
    }

    private Text titleField() {
        return (Text) editor().getDetails().control("title.zh").orElseThrow();
    }

    @Test
    void typingMarksDirtyAndUndoRestores() {
        KeyTask task = task(3);
        String original = task.getTitle().getZh();
        assertTrue(navigator().reveal(task), "the navigator selects task 3");
        processEvents();
        assertEquals(original, titleField().getText(), "the editor shows the task chosen in the navigator");

        titleField().setText(original + "（修订）");
        processEvents();
        assertEquals(original + "（修订）", task.getTitle().getZh());
        assertTrue(editor().isDirty());

        editor().getEditingDomain().getCommandStack().undo();
        processEvents();
        assertEquals(original, task.getTitle().getZh());
        assertEquals(original, titleField().getText(), "the field follows the undo");
        assertFalse(editor().isDirty());
    }

    @Test
    void savePersistsAcrossAStoreRestart() throws Exception {
        KeyTask task = task(5);
        String revised = task.getTitle().getZh() + "（第" + System.nanoTime() + "稿）";
        int before = editor().getBaseRevision();
        navigator().reveal(task);
        processEvents();
        titleField().setText(revised);
        processEvents();
        editor().saveAndWait();
        processEvents();
        assertFalse(editor().isDirty());
        assertNotEquals(before, editor().getBaseRevision());

        page.closeAllEditors(false);
        StoreAccess.close();
        try (PlanStore reopened = PlanStore.open(StoreConfig.embedded(database))) {
            Plan stored = reopened.loadLatest("bj-bri-2024").orElseThrow().plan();
            String title = stored.getTaskAreas().stream().flatMap(area -> area.getTasks().stream())
                    .filter(t -> t.getNumber() == 5).findFirst().orElseThrow().getTitle().getZh();
            assertEquals(revised, title);
        }
    }

    @Test
    void changesAfterABaselineMarkTheirLinksForReview() throws Exception {
        PlanEditor editor = editor();
        StoreAccess.store().nameBaseline(editor.getPlan().getId(), editor.getBaseRevision(), "征求意见版", "tester");
        KeyTask task = task(9);
        navigator().reveal(task);
        processEvents();
        titleField().setText(task.getTitle().getZh() + "（调整）");
        processEvents();
        editor.saveAndWait();
        processEvents();

        var touching = org.planstudio.model.walk.PlanQueries.linksTouching(editor.getPlan(), task);
        assertFalse(touching.isEmpty());
        assertTrue(touching.stream().allMatch(org.planstudio.model.plan.TraceLink::isSuspect), "links of the changed task");
        assertTrue(org.planstudio.model.walk.PlanQueries.linksTouching(editor.getPlan(), task(10)).stream()
                .noneMatch(org.planstudio.model.plan.TraceLink::isSuspect), "other tasks' links stay as they were");
        assertFalse(editor.isDirty(), "the marks are saved with the change");
    }

    @Test
    void unsavedEditsSurviveACrashAndCanBeRestored() throws Exception {
        KeyTask task = task(6);
        String saved = task.getTitle().getZh();
        navigator().reveal(task);
        processEvents();
        titleField().setText(saved + "（未保存）");
        processEvents();
        editor().writeJournal();  // what the timer does a second after the last keystroke

        // A crash leaves the journal behind: keep a copy, close normally (which discards it), put it back.
        Path folder = Recovery.journal().folder();
        Path backup = Files.createTempDirectory("journal");
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.copy(file, backup.resolve(file.getFileName()));
            }
        }
        page.closeAllEditors(false);
        processEvents();
        try (var files = Files.list(backup)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }

        Recovery.setPrompt((shell, recovered) -> true);
        try {
            new StartupPlanOpener(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).openLastPlan();
            processEvents();
            assertTrue(editor().isDirty(), "restored edits are unsaved");
            assertEquals(saved + "（未保存）", task(6).getTitle().getZh());
        } finally {
            Recovery.setPrompt(null);
        }

        page.closeAllEditors(false);  // the user declines to save: the journal goes
        processEvents();
        new StartupPlanOpener(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).openLastPlan();
        processEvents();
        assertFalse(editor().isDirty());
        assertEquals(saved, task(6).getTitle().getZh());
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain asyncExecs (refreshes, dirty flags) as the event loop would
        }
    }
}
