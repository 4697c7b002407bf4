package org.planstudio.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The keys the README promises resolve to exactly one command in the workbench window. Two
 * bindings of one key in one context conflict, and then the key does nothing at all.
 */
@UiTest
class KeyBindingsTest {

    /**
     * Window-context keys are live only while a workbench window has the focus: as a user works,
     * with the caret in the plan editor.
     */
    @BeforeEach
    void focusThePlanEditor() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        PlatformUI.getWorkbench().showPerspective(PlanStudioPerspective.ID, window);
        new StartupPlanOpener(window).openLastPlan();
        page.activate(page.getActiveEditor());
        window.getShell().forceActive();
        page.getActiveEditor().setFocus();
        Display display = window.getShell().getDisplay();
        while (display.readAndDispatch()) {
            // let activation and focus events reach the context service
        }
    }

    @AfterEach
    void closeEditors() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    @ParameterizedTest
    @CsvSource({
            "M1+E, org.planstudio.ui.exportPlan",
            "M1+I, org.planstudio.ui.importPlan",
            "M1+O, org.planstudio.ui.openPlan",
            "M1+R, org.planstudio.ui.report",
            "M1+N, org.planstudio.ui.authoring.newPlan",
            "M1+S, org.eclipse.ui.file.save",
            "M1+Q, org.eclipse.ui.file.exit" })
    void keyRunsItsCommand(String key, String commandId) throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        KeySequence sequence = KeySequence.getInstance(key);

        Binding match = bindings.getPerfectMatch(sequence);

        assertNotNull(match, key + " is bound to one command (not unbound, not in conflict)");
        assertEquals(commandId, match.getParameterizedCommand().getId());
        assertEquals(null, bindings.getConflictsFor(sequence), key + " has no conflicting binding");
    }
}
