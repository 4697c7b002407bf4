package org.planstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planstudio.ui.editor.OtherUser.press;
import static org.planstudio.ui.editor.OtherUser.screenshot;
import static org.planstudio.ui.editor.OtherUser.setTitle;
import static org.planstudio.ui.editor.OtherUser.task;
import static org.planstudio.ui.editor.OtherUser.whenDialogOpens;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.ui.testsupport.UiTest;
import org.planstudio.merge.Side;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.ui.compare.ConflictDialog;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.testing.Workbench;

/**
 * Two people on one plan: the editor holds one user's edits while "the other user" saves through
 * the store API (a second workbench on the same embedded database is not possible). A stale save
 * merges; a conflicting one shows the dialog, and choosing "mine" saves the user's value.
 */
@UiTest
class MergeSaveTest {

    private IWorkbenchPage page;

    @BeforeEach
    void open() throws WorkbenchException {
        page = Workbench.openSamplePlan();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        Workbench.processEvents();
    }

    @Test
    void staleSaveMergesAndTheEditorShowsTheMergedRevision() throws Exception {
        PlanEditor editor = Workbench.editor(page);
        int base = editor.getBaseRevision();
        setTitle(editor, 5, "我在编辑器里改的任务五");
        int theirs = otherUserSaves(p -> task(p, 6).setStatus(TaskStatus.DELAYED));

        editor.saveAndWait();
        Workbench.processEvents();

        PlanEditor reopened = Workbench.editor(page);
        Plan latest = StoreAccess.store().loadLatest(reopened.getPlan().getId()).orElseThrow().plan();
        assertEquals(theirs + 1, reopened.getBaseRevision(), "the editor's base is the merged revision");
        assertTrue(reopened.getBaseRevision() > base);
        assertFalse(reopened.isDirty());
        assertEquals("我在编辑器里改的任务五", task(latest, 5).getTitle().getZh());
        assertEquals(TaskStatus.DELAYED, task(latest, 6).getStatus());
        assertEquals(TaskStatus.DELAYED, task(reopened.getPlan(), 6).getStatus(), "the editor shows theirs too");
        assertTrue(StoreAccess.store().revisions(latest.getId()).get(reopened.getBaseRevision() - 1).message()
                .contains("merge r" + base));
    }

    @Test
    void conflictingSaveShowsTheDialogAndMineWins() throws Exception {
        PlanEditor editor = Workbench.editor(page);
        setTitle(editor, 7, "我的标题");
        otherUserSaves(p -> task(p, 7).getTitle().setZh("对方的标题"));
        AtomicReference<ConflictDialog> seen = new AtomicReference<>();
        AtomicReference<List<String>> tableRow = new AtomicReference<>();
        whenDialogOpens(dialog -> {
            seen.set(dialog);
            tableRow.set(firstRow(dialog.getShell()));
            screenshot(dialog.getShell());
            dialog.chooseAll(Side.MINE);
            press(dialog.getShell(), IDialogConstants.OK_ID);
        });

        editor.saveAndWait();
        // The dialog's OK starts a second save job; wait for the reopened editor.
        PlanEditor after = waitForSavedEditor();

        assertNotNull(seen.get(), "the conflict dialog was shown");
        assertTrue(tableRow.get().contains("我的标题") && tableRow.get().contains("对方的标题"), tableRow.get().toString());
        assertTrue(tableRow.get().stream().anyMatch(c -> c.contains("卫生处")), "who saved theirs: " + tableRow.get());
        Plan latest = StoreAccess.store().loadLatest(after.getPlan().getId()).orElseThrow().plan();
        assertEquals("我的标题", task(latest, 7).getTitle().getZh());
        assertEquals("我的标题", task(after.getPlan(), 7).getTitle().getZh());
    }

    @Test
    void cancellingTheDialogKeepsTheEditsUnsaved() throws Exception {
        PlanEditor editor = Workbench.editor(page);
        setTitle(editor, 8, "取消前的标题");
        int theirs = otherUserSaves(p -> task(p, 8).getTitle().setZh("对方改的八"));
        whenDialogOpens(dialog -> press(dialog.getShell(), IDialogConstants.CANCEL_ID));

        editor.saveAndWait();
        Workbench.processEvents();

        assertTrue(editor.isDirty());
        assertEquals("取消前的标题", task(editor.getPlan(), 8).getTitle().getZh());
        assertEquals(theirs, StoreAccess.store().planInfo(editor.getPlan().getId()).orElseThrow().latestRevision());
        assertTrue(Recovery.journal().read(editor.getPlan().getId()).isPresent(), "the edits are in the journal");
    }

    private static int otherUserSaves(Consumer<Plan> edit) throws Exception {
        return OtherUser.saves("卫生处", edit);
    }

    private PlanEditor waitForSavedEditor() {
        Display display = Display.getCurrent();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            if (page.getActiveEditor() instanceof PlanEditor e && !e.isSaving() && !e.isDirty()) {
                return e;
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
        throw new AssertionError("the merged save did not finish");
    }

    private static List<String> firstRow(Shell shell) {
        org.eclipse.swt.widgets.Table table = findTable(shell);
        var item = table.getItem(0);
        List<String> cells = new java.util.ArrayList<>();
        for (int i = 0; i < table.getColumnCount(); i++) {
            cells.add(item.getText(i));
            cells.add(table.getColumn(i).getText());
        }
        return cells;
    }

    private static org.eclipse.swt.widgets.Table findTable(Control control) {
        if (control instanceof org.eclipse.swt.widgets.Table t) {
            return t;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                var found = findTable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
