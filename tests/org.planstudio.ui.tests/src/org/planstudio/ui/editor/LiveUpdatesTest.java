package org.planstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planstudio.ui.editor.OtherUser.press;
import static org.planstudio.ui.editor.OtherUser.screenshot;
import static org.planstudio.ui.editor.OtherUser.setTitle;
import static org.planstudio.ui.editor.OtherUser.task;
import static org.planstudio.ui.editor.OtherUser.whenDialogOpens;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.merge.Side;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.store.RevisionInfo;
import org.planstudio.ui.compare.ConflictDialog;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.testing.Workbench;
import org.planstudio.ui.testsupport.UiTest;

/**
 * Live updates: while the editor holds unsaved edits, "wangfang" saves a revision through the store
 * API (a second workbench on one embedded database is not possible; the store is StoreAccess's, so
 * the same test runs against a server once the workbench is pointed at one). The banner names her,
 * Bring in merges her revision into the editor, and Ctrl+S then saves both without a stale-base merge.
 */
@UiTest
class LiveUpdatesTest {

    private static final String PLAN = OtherUser.PLAN;
    private static final String OTHER = "wangfang";

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
    void anotherUsersSaveIsAnnouncedAndBroughtInWithTheUnsavedEdits() throws Exception {
        PlanEditor editor = Workbench.editor(page);
        int base = editor.getBaseRevision();
        setTitle(editor, 5, "编辑器里未保存的任务五");
        int theirs = OtherUser.saves(OTHER, p -> task(p, 6).setStatus(TaskStatus.DELAYED));

        LiveUpdates live = waitForBanner(editor);
        assertTrue(live.message().contains(OTHER), live.message());
        assertTrue(live.message().contains(String.valueOf(theirs)), live.message());
        screenshot(page.getWorkbenchWindow().getShell());

        live.bringIn();
        PlanEditor after = waitForReplacement(editor);

        assertEquals(theirs, after.getBaseRevision(), "the editor's base is the latest revision");
        assertTrue(after.isDirty(), "my edit is still unsaved");
        assertEquals("编辑器里未保存的任务五", task(after.getPlan(), 5).getTitle().getZh());
        assertEquals(TaskStatus.DELAYED, task(after.getPlan(), 6).getStatus());
        assertEquals("编辑器里未保存的任务五",
                task(Recovery.journal().read(PLAN).orElseThrow().plan(), 5).getTitle().getZh(),
                "the recovery journal holds the merged edits");
        assertEquals(theirs, Recovery.journal().read(PLAN).orElseThrow().baseRevision());
        assertFalse(after.liveUpdates().isShowing(), "nothing newer than the base now");

        assertTrue(saveWithCtrlS(after));
        RevisionInfo saved = StoreAccess.store().latestRevision(PLAN).orElseThrow();
        assertEquals(theirs + 1, saved.revision());
        assertFalse(saved.message().contains("merge"), "a plain save on the latest: " + saved.message());
        Plan latest = StoreAccess.store().loadLatest(PLAN).orElseThrow().plan();
        assertEquals("编辑器里未保存的任务五", task(latest, 5).getTitle().getZh());
        assertEquals(TaskStatus.DELAYED, task(latest, 6).getStatus());
        assertTrue(base < theirs);
    }

    @Test
    void aConflictOpensTheDialogAndChoosingMineSavesMine() throws Exception {
        PlanEditor editor = Workbench.editor(page);
        setTitle(editor, 7, "我在编辑器里的标题");
        int theirs = OtherUser.saves(OTHER, p -> task(p, 7).getTitle().setZh("王芳保存的标题"));
        LiveUpdates live = waitForBanner(editor);
        AtomicReference<ConflictDialog> seen = new AtomicReference<>();
        whenDialogOpens(dialog -> {
            seen.set(dialog);
            dialog.chooseAll(Side.MINE);
            press(dialog.getShell(), IDialogConstants.OK_ID);
        });

        live.bringIn();
        PlanEditor after = waitForReplacement(editor);

        assertNotNull(seen.get(), "the conflict dialog was shown");
        assertEquals(theirs, after.getBaseRevision());
        assertTrue(after.isDirty());
        assertEquals("我在编辑器里的标题", task(after.getPlan(), 7).getTitle().getZh());
        assertTrue(saveWithCtrlS(after));
        Plan latest = StoreAccess.store().loadLatest(PLAN).orElseThrow().plan();
        assertEquals("我在编辑器里的标题", task(latest, 7).getTitle().getZh());
        assertEquals(theirs + 1, StoreAccess.store().latestRevision(PLAN).orElseThrow().revision());
    }

    @Test
    void cancellingTheConflictDialogChangesNothing() throws Exception {
        PlanEditor editor = Workbench.editor(page);
        setTitle(editor, 8, "取消时我的标题");
        OtherUser.saves(OTHER, p -> task(p, 8).getTitle().setZh("王芳的八"));
        LiveUpdates live = waitForBanner(editor);
        AtomicReference<Boolean> shown = new AtomicReference<>(false);
        whenDialogOpens(dialog -> {
            shown.set(true);
            press(dialog.getShell(), IDialogConstants.CANCEL_ID);
        });

        live.bringIn();
        assertTrue(live.isBringingIn());
        waitFor(() -> !live.isBringingIn(), "the flow to end", editor);

        assertTrue(shown.get(), "the conflict dialog was shown");
        assertTrue(page.getActiveEditor() == editor, "the same editor");
        assertTrue(editor.isDirty());
        assertEquals("取消时我的标题", task(editor.getPlan(), 8).getTitle().getZh());
        assertTrue(live.isShowing(), "the banner still offers the revision");
    }

    @Test
    void theEditorsOwnSaveShowsNoBanner() throws Exception {
        PlanEditor editor = Workbench.editor(page);
        setTitle(editor, 9, "我自己保存的");
        assertTrue(editor.saveAndWait());
        LiveUpdates live = editor.liveUpdates();
        live.checkNow();
        int before = live.checks();
        waitFor(() -> live.checks() > before, "a check after the save", editor);

        assertFalse(live.isShowing(), live.message());
    }

    private static LiveUpdates waitForBanner(PlanEditor editor) {
        LiveUpdates live = editor.liveUpdates();
        live.checkNow(); // instead of waiting for the interval
        waitFor(() -> live.isShowing() && live.message().contains(OTHER), "the banner", editor);
        return live;
    }

    private PlanEditor waitForReplacement(PlanEditor old) {
        waitFor(() -> page.getActiveEditor() instanceof PlanEditor e && e != old, "the editor on the merged plan", old);
        PlanEditor after = Workbench.editor(page);
        assertNotSame(old, after);
        Workbench.processEvents();
        return after;
    }

    /** Ctrl+S as the user presses it, in a field of the editor, then waits for the save job. */
    private boolean saveWithCtrlS(PlanEditor editor) {
        Shell shell = page.getWorkbenchWindow().getShell();
        page.activate(editor);
        // Without a window manager X gives the focus to no window after a dialog: give it back, as a click would.
        shell.forceActive();
        Workbench.processEvents();
        firstText(editor.liveUpdates().body()).forceFocus();
        Display display = shell.getDisplay();
        post(display, SWT.KeyDown, SWT.CTRL, '\0');
        post(display, SWT.KeyDown, 0, 's');
        post(display, SWT.KeyUp, 0, 's');
        post(display, SWT.KeyUp, SWT.CTRL, '\0');
        waitFor(() -> !editor.isDirty() && !editor.isSaving(), "the save", editor);
        return !editor.isDirty();
    }

    private static void post(Display display, int type, int keyCode, char character) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertTrue(display.post(event), "the key event could be posted");
        Workbench.processEvents();
    }

    private static org.eclipse.swt.widgets.Text firstText(Control control) {
        if (control instanceof org.eclipse.swt.widgets.Text text && text.isVisible()) {
            return text;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                var found = firstText(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void waitFor(BooleanSupplier condition, String what, PlanEditor editor) {
        Display display = Display.getCurrent();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited in vain for " + what + " (base " + editor.getBaseRevision() + ")");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }
}
