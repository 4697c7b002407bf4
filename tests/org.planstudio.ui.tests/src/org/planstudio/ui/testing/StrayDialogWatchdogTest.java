package org.planstudio.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.planstudio.ui.testsupport.StrayDialogWatchdog;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The watchdog ends what would otherwise hang the suite: a modal dialog that nobody closes. The
 * dialogs here are opened inside a watch of their own, with a short limit, so this class's own
 * watch (from {@link UiTest}) finds nothing left over.
 */
@UiTest
class StrayDialogWatchdogTest {

    private static final String TITLE = "Stray dialog (watchdog test)";

    @Test
    void aModalDialogNobodyClosesIsClosedAndReported() {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        StrayDialogWatchdog.Watch watch = StrayDialogWatchdog.arm(Display.getCurrent(), Duration.ofSeconds(1));
        // Blocks in the dialog's event loop until someone closes it: only the watchdog will.
        int answer = new MessageDialog(window, TITLE, null, "nobody answers", MessageDialog.QUESTION, 0, "OK", "Cancel").open();
        List<String> closed = watch.disarm();

        assertEquals(List.of("'" + TITLE + "'"), closed);
        assertEquals(SWT.DEFAULT, answer, "the dialog was closed, not answered");
    }

    @Test
    void aDialogLeftOpenWhenTheWatchEndsIsClosedAndReported() {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        StrayDialogWatchdog.Watch watch = StrayDialogWatchdog.arm(Display.getCurrent(), Duration.ofMinutes(1));
        MessageDialog dialog = new MessageDialog(window, TITLE, null, "left open", MessageDialog.INFORMATION, 0, "OK");
        dialog.setBlockOnOpen(false);
        dialog.open();

        assertEquals(List.of("'" + TITLE + "'"), watch.disarm());
        assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed());
    }

    @Test
    void endingAWatchThatClosedADialogFailsTheTest() {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        StrayDialogWatchdog.Watch watch = StrayDialogWatchdog.arm(Display.getCurrent(), Duration.ofMinutes(1));
        MessageDialog dialog = new MessageDialog(window, TITLE, null, "left open", MessageDialog.INFORMATION, 0, "OK");
        dialog.setBlockOnOpen(false);
        dialog.open();

        AssertionError failure = assertThrows(AssertionError.class, watch::end, "what the extension does after each test");
        assertTrue(failure.getMessage().contains(TITLE), failure.getMessage());
    }

    @Test
    void endingACleanWatchPasses() {
        StrayDialogWatchdog.arm(Display.getCurrent(), Duration.ofSeconds(1)).end();
    }

    @Test
    void nonModalShellsAreLeftAlone() {
        Shell tool = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), SWT.TOOL);
        try {
            tool.open();
            StrayDialogWatchdog.Watch watch = StrayDialogWatchdog.arm(Display.getCurrent(), Duration.ZERO);
            assertEquals(List.of(), watch.disarm());
            assertTrue(!tool.isDisposed());
        } finally {
            tool.dispose();
        }
    }
}
