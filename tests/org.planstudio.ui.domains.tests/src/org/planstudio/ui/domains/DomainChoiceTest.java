package org.planstudio.ui.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.domain.DomainRegistry;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.app.StartupPlanOpener;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.navigator.PlanNavigatorView;
import org.planstudio.ui.testsupport.TestDatabase;
import org.planstudio.ui.testsupport.UiTest;

/** A task's task area is chosen from the installed plug-ins, undoably; a missing plug-in's id stays read-only. */
@UiTest
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class DomainChoiceTest {

    private IWorkbenchPage page;

    @BeforeAll
    static void startPlugins() throws Exception {
        TestDatabase.folder();
        for (Bundle bundle : FrameworkUtil.getBundle(DomainChoiceTest.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().startsWith("org.planstudio.domain.") && bundle.getHeaders().get("Fragment-Host") == null) {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        long deadline = System.currentTimeMillis() + 20_000;
        while ((DomainRegistry.shared().find("agriculture").isEmpty() || DomainRegistry.shared().find("health").isEmpty())
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
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

    private KeyTask task(int number) {
        return PlanQueries.tasks(editor().getPlan()).stream().filter(t -> t.getNumber() == number).findFirst().orElseThrow();
    }

    private DomainChoice show(KeyTask task) {
        ((PlanNavigatorView) page.findView(PlanNavigatorView.ID)).reveal(task);
        processEvents();
        return DomainChoice.find(page.getWorkbenchWindow().getShell()).orElseThrow();
    }

    @Test
    void offersTheInstalledAreasByNameAndChoosingOneIsUndoable() {
        KeyTask health = task(4);
        DomainChoice choice = show(health);
        assertEquals("", choice.offered().get(0), "none comes first");
        assertTrue(choice.offered().containsAll(java.util.List.of("health", "agriculture")), choice.offered().toString());
        assertEquals(DomainRegistry.shared().domains().size() + 1, choice.offered().size(), "every installed area, nothing else");
        String healthName = DomainRegistry.shared().find("health").orElseThrow().name().in(Locale.getDefault());
        assertTrue(choice.labels().contains(healthName + (Locale.getDefault().getLanguage().equals("zh") ? "（health）" : " (health)")),
                choice.labels().toString());
        assertEquals(Optional.of("health"), choice.selected());

        choice.select("agriculture");
        processEvents();
        assertEquals("agriculture", health.getDomainId());
        assertTrue(editor().isDirty());
        DomainSection section = DomainSection.find(page.getWorkbenchWindow().getShell()).orElseThrow();
        assertEquals("agriculture", section.domainId(), "the form shows the new area's fields");

        CommandStack stack = editor().getEditingDomain().getCommandStack();
        stack.undo();
        processEvents();
        assertEquals("health", health.getDomainId());
        assertEquals(Optional.of("health"), DomainChoice.find(page.getWorkbenchWindow().getShell()).orElseThrow().selected());
        assertEquals("health", DomainSection.find(page.getWorkbenchWindow().getShell()).orElseThrow().domainId());
        assertFalse(editor().isDirty());
    }

    @Test
    void choosingNoneClearsTheArea() {
        KeyTask health = task(4);
        show(health).select("");
        processEvents();
        assertEquals(null, health.getDomainId());
        assertTrue(DomainSection.find(page.getWorkbenchWindow().getShell()).isEmpty(), "no area, no area fields");
        editor().getEditingDomain().getCommandStack().undo();
        processEvents();
        assertEquals("health", health.getDomainId());
    }

    @Test
    void anIdWhosePluginIsMissingStaysShownReadOnly() {
        KeyTask task = task(9);
        task.setDomainId("space-cooperation");
        DomainChoice choice = show(task);
        assertEquals(Optional.of("space-cooperation"), choice.missingId());
        assertTrue(choice.offered().isEmpty(), "nothing to choose from: the stored id is kept");
        assertEquals("space-cooperation", task.getDomainId());
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }
}
