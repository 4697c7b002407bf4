package org.planstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.internal.DerbyPlanStore;
import org.planstudio.store.internal.SaveHook;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.testing.Workbench;
import org.planstudio.ui.testsupport.UiTest;

/**
 * Saving from the editor writes only what the edit touched (the store's incremental save), twice
 * in a row; a save that fails leaves the editor dirty with its journal, and the next save still
 * writes the edit. Runs on a database of its own: a baseline another test named would make every
 * save look at the whole plan (links to mark for review).
 */
@UiTest
class EditorSaveTest {

    private static final String PLAN = "bj-bri-2024";

    private static String database;

    private IWorkbenchPage page;

    @BeforeAll
    static void freshDatabase() throws Exception {
        database = System.getProperty(StoreConfig.DATABASE_PROPERTY);
        Workbench.useFreshDatabase();
    }

    /** Back to the build's database: the tests after this one (and the recovery journal) use it. */
    @AfterAll
    static void buildDatabase() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Workbench.processEvents();
        StoreAccess.close();
        System.setProperty(StoreConfig.DATABASE_PROPERTY, database);
    }

    @BeforeEach
    void open() throws Exception {
        page = Workbench.openSamplePlan();
    }

    @AfterEach
    void close() throws Exception {
        store().setSaveHook(SaveHook.NONE);
        page.closeAllEditors(false);
        Workbench.processEvents();
    }

    @Test
    void twoOneEditSavesInARowWriteOnlyTheirRows() throws Exception {
        PlanEditor editor = Workbench.editor(page);
        long before = store().incrementalSaves();
        int base = editor.getBaseRevision();

        set(editor, task(editor.getPlan(), 4), PlanPackage.Literals.KEY_TASK__STATUS, TaskStatus.DELAYED);
        saveCommand();
        assertFalse(editor.isDirty());
        assertEquals(base + 1, editor.getBaseRevision());
        assertEquals(before + 1, store().incrementalSaves(), "the save wrote the edit's rows only");

        set(editor, task(editor.getPlan(), 5).getTitle(), PlanPackage.Literals.LOCALIZED_TEXT__ZH, "第二次保存的标题");
        saveCommand();
        assertFalse(editor.isDirty());
        assertEquals(base + 2, editor.getBaseRevision());
        assertEquals(before + 2, store().incrementalSaves(), "the tracker moved on: the second save too");

        Plan saved = store().load(PLAN, base + 2).plan();
        assertEquals(TaskStatus.DELAYED, task(saved, 4).getStatus());
        assertEquals("第二次保存的标题", task(saved, 5).getTitle().getZh());
        assertTrue(PlanResources.equal(editor.getPlan(), saved), "the revision is the editor's plan");
    }

    @Test
    void aFailedSaveKeepsTheEditsAndTheNextSaveWritesThem() throws Exception {
        PlanEditor editor = Workbench.editor(page);
        int base = editor.getBaseRevision();
        long before = store().incrementalSaves();
        set(editor, task(editor.getPlan(), 6).getTitle(), PlanPackage.Literals.LOCALIZED_TEXT__ZH, "保存失败时的标题");
        store().setSaveHook(new SaveHook() {
            @Override
            public void beforeCommit(String planId, int revision) {
                throw new IllegalStateException("the database went away");
            }
        });
        AtomicBoolean errorShown = closeErrorDialogWhenItOpens();
        boolean automated = ErrorDialog.AUTOMATED_MODE;  // the test harness suppresses error dialogs
        ErrorDialog.AUTOMATED_MODE = false;
        try {
            saveCommand();
        } finally {
            ErrorDialog.AUTOMATED_MODE = automated;
        }

        assertTrue(errorShown.get(), "the failure was reported");
        assertTrue(editor.isDirty());
        assertEquals(base, editor.getBaseRevision());
        assertEquals(base, store().planInfo(PLAN).orElseThrow().latestRevision(), "nothing was written");
        editor.writeJournal();
        assertTrue(Recovery.journal().read(PLAN).isPresent(), "the edits are in the recovery journal");

        store().setSaveHook(SaveHook.NONE);
        saveCommand();
        assertFalse(editor.isDirty());
        assertEquals(before + 1, store().incrementalSaves());
        assertEquals("保存失败时的标题", task(store().load(PLAN, base + 1).plan(), 6).getTitle().getZh());
    }

    private static DerbyPlanStore store() throws Exception {
        return (DerbyPlanStore) StoreAccess.store();
    }

    private static void set(PlanEditor editor, Object owner, Object feature, Object value) {
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), owner,
                feature, value));
        Workbench.processEvents();
        assertTrue(editor.isDirty());
    }

    /** File → Save (Ctrl+S) as the workbench runs it: the editor's save waits for its job. */
    private void saveCommand() throws Exception {
        page.activate(Workbench.editor(page));
        Workbench.processEvents();
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE,
                null);
        Workbench.processEvents();
    }

    private static AtomicBoolean closeErrorDialogWhenItOpens() {
        AtomicBoolean shown = new AtomicBoolean();
        Display display = Display.getCurrent();
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell.getData() instanceof ErrorDialog dialog && shell.isVisible()) {
                        shown.set(true);
                        dialog.close();
                        return;
                    }
                }
                display.timerExec(100, this);
            }
        };
        display.timerExec(100, poll);
        return shown;
    }

    private static KeyTask task(Plan plan, int number) {
        return PlanQueries.tasks(plan).stream().filter(t -> t.getNumber() == number).findFirst().orElseThrow();
    }
}
