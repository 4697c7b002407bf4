package org.planstudio.ui.authoring.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.planstudio.ui.testsupport.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.text.Texts;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.authoring.newplan.IdentityPage;
import org.planstudio.ui.authoring.newplan.NewPlanHandler;
import org.planstudio.ui.authoring.newplan.NewPlanWizard;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.navigator.NavigatorGroup;
import org.planstudio.ui.navigator.PlanNavigatorView;

/**
 * Creates a plan in the New Plan wizard, builds and reshapes it through the navigator's context
 * menu and the edit commands (the handlers behind Delete, Ctrl+C/V, Alt+Up), then saves, restarts
 * the store and reads it back.
 */
@UiTest
class StructureEditingTest {

    private static final String PLAN_ID = "structure-ui-test";

    private IWorkbenchPage page;
    private final BiPredicate<Shell, String> realConfirm = DeleteHandler.confirm;

    @AfterEach
    void restore() {
        DeleteHandler.confirm = realConfirm;
        if (page != null) {
            page.closeAllEditors(false);
            processEvents();
        }
    }

    @Test
    void aPlanMadeInTheNewPlanWizardIsBuiltReshapedSavedAndReadBackAfterARestart() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        PlatformUI.getWorkbench().showPerspective(PlanStudioPerspective.ID, window);
        WizardDialog dialog = NewPlanHandler.createDialog(window).orElseThrow();
        dialog.setBlockOnOpen(false);
        dialog.open();
        processEvents();
        IdentityPage identity = ((NewPlanWizard) dialog.getCurrentPage().getWizard()).identity();
        identity.idText().setText(PLAN_ID);
        identity.titleZhText().setText("结构编辑测试计划");
        identity.titleEnText().setText("Structure editing test plan");
        identity.startYearSpinner().setSelection(2025);
        identity.endYearSpinner().setSelection(2027);
        processEvents();
        assertTrue(dialog.getCurrentPage().getWizard().canFinish(), String.valueOf(identity.getErrorMessage()));
        assertTrue(dialog.getCurrentPage().getWizard().performFinish());
        dialog.close();
        processEvents();
        PlanEditor editor = (PlanEditor) page.getActiveEditor();
        assertEquals(PLAN_ID, editor.getPlan().getId());
        PlanNavigatorView navigator = (PlanNavigatorView) page.showView(PlanNavigatorView.ID);
        page.activate(navigator);
        processEvents();
        Plan plan = editor.getPlan();
        int blankAreas = plan.getTaskAreas().size();

        select(navigator, new NavigatorGroup(plan, NavigatorGroup.Kind.KEY_TASKS));
        clickNewChild(navigator, Labels.type(PlanPackage.Literals.TASK_AREA));
        assertEquals(blankAreas + 1, plan.getTaskAreas().size(), "New Child on the Key tasks heading adds a task area");
        TaskArea area = plan.getTaskAreas().get(blankAreas);
        assertEquals(List.of(area), selection(navigator), "the new area is selected");
        assertEquals(blankAreas + 1, area.getNumber());

        clickNewChild(navigator, Labels.type(PlanPackage.Literals.KEY_TASK));
        KeyTask first = area.getTasks().get(0);
        select(navigator, area);
        clickNewChild(navigator, Labels.type(PlanPackage.Literals.KEY_TASK));
        KeyTask second = area.getTasks().get(1);
        assertEquals(List.of(second), selection(navigator));
        assertEquals(List.of(1, 2), numbers(area), "the blank outline's area has no tasks, so these are 1 and 2");
        assertTrue(editor.isDirty());

        run("org.planstudio.ui.authoring.moveUp");
        assertEquals(List.of(second, first), area.getTasks());
        assertEquals(List.of(1, 2), numbers(area), "numbers follow the order");
        assertEquals(List.of(second), selection(navigator), "the selection stays on the moved task");

        run("org.eclipse.ui.edit.copy");
        run("org.eclipse.ui.edit.paste");
        assertEquals(3, area.getTasks().size());
        KeyTask copy = area.getTasks().get(1);
        assertEquals(List.of(copy), selection(navigator), "the pasted task is selected");
        assertFalse(copy.getId().equals(second.getId()));

        String[] asked = new String[1];
        DeleteHandler.confirm = (shell, message) -> {
            asked[0] = message;
            return true;
        };
        select(navigator, first);
        run("org.eclipse.ui.edit.delete");
        assertEquals(List.of(second, copy), area.getTasks());
        assertTrue(asked[0] != null && !asked[0].isBlank(), "the user was asked");

        // Ctrl+Z with the navigator active: the navigator's own Undo acts on the editor's stack.
        run("org.eclipse.ui.edit.undo");
        run("org.eclipse.ui.edit.undo");
        assertEquals(List.of(second, first), area.getTasks());
        assertEquals(List.of(1, 2), numbers(area));

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        page.closeAllEditors(false);
        processEvents();
        StoreAccess.close();

        Plan saved = StoreAccess.store().loadLatest(PLAN_ID).orElseThrow().plan();
        assertEquals(blankAreas + 1, saved.getTaskAreas().size());
        TaskArea savedArea = saved.getTaskAreas().get(blankAreas);
        assertEquals(area.getId(), savedArea.getId());
        assertEquals(List.of(second.getId(), first.getId()), savedArea.getTasks().stream().map(KeyTask::getId).toList());
        assertEquals(List.of(1, 2), numbers(savedArea));
        assertEquals(List.of(), saved.getTraceLinks());
        assertEquals(List.of(), saved.getPrinciples());
        assertEquals(0, Ids.duplicates(saved).size() + Ids.missing(saved).size());
        assertEquals(Optional.of("结构编辑测试计划"), Texts.zh(saved.getTitle()));
        assertEquals(1, StoreAccess.store().revisions(PLAN_ID).size(), "the wizard's plan is stored by its first save");
    }

    @Test
    void dragAndDropReordersAndMovesATaskToAnotherArea() throws Exception {
        Plan plan = PlanFactory.eINSTANCE.createPlan();
        plan.setId(PLAN_ID + "-dnd");
        plan.setTitle(Texts.of("拖放测试"));
        for (int a = 0; a < 2; a++) {
            TaskArea area = PlanFactory.eINSTANCE.createTaskArea();
            area.setId("area." + a);
            plan.getTaskAreas().add(area);
            for (int t = 0; t < 2; t++) {
                KeyTask task = PlanFactory.eINSTANCE.createKeyTask();
                task.setId("task." + a + "." + t);
                area.getTasks().add(task);
            }
        }
        StoreAccess.store().save(plan, 0, "test", "");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        PlanEditor editor = PlanOpener.open(page, StoreAccess.store().planInfo(plan.getId()).orElseThrow());
        PlanNavigatorView navigator = (PlanNavigatorView) page.showView(PlanNavigatorView.ID);
        page.activate(navigator);
        processEvents();
        assertEquals(Boolean.TRUE, navigator.viewer().getControl().getData("org.planstudio.ui.authoring.dnd"),
                "the startup hook gave the navigator drag and drop");
        Plan open = editor.getPlan();
        TaskArea first = open.getTaskAreas().get(0);
        TaskArea second = open.getTaskAreas().get(1);
        KeyTask a0 = first.getTasks().get(0);
        KeyTask a1 = first.getTasks().get(1);
        KeyTask b0 = second.getTasks().get(0);

        drop(editor, navigator, List.of(a1), a0, org.eclipse.jface.viewers.ViewerDropAdapter.LOCATION_BEFORE);
        assertEquals(List.of(a1, a0), first.getTasks());
        drop(editor, navigator, List.of(b0), first, org.eclipse.jface.viewers.ViewerDropAdapter.LOCATION_ON);
        assertEquals(List.of(a1, a0, b0), first.getTasks());
        assertEquals(List.of(1, 2, 3, 4), open.getTaskAreas().stream().flatMap(x -> x.getTasks().stream()).map(KeyTask::getNumber).toList());
        assertTrue(NavigatorDragAndDrop.command(navigator, List.of(first), a0,
                org.eclipse.jface.viewers.ViewerDropAdapter.LOCATION_ON).isEmpty(), "an area does not go into its own task");
        run("org.eclipse.ui.edit.undo");
        run("org.eclipse.ui.edit.undo");
        assertEquals(List.of(a0, a1), first.getTasks());
        assertEquals(List.of(b0), second.getTasks().subList(0, 1));
    }

    private static void drop(PlanEditor editor, PlanNavigatorView navigator, List<?> dragged, Object target, int location) {
        editor.getEditingDomain().getCommandStack().execute(
                NavigatorDragAndDrop.command(navigator, dragged, target, location).orElseThrow());
        processEvents();
    }

    private static void select(PlanNavigatorView navigator, Object item) {
        navigator.viewer().setSelection(new StructuredSelection(item), true);
        processEvents();
    }

    private static List<?> selection(PlanNavigatorView navigator) {
        processEvents();
        return navigator.viewer().getStructuredSelection().toList();
    }

    /** Opens the navigator's context menu as a right click would and picks New Child ▸ kind. */
    private static void clickNewChild(PlanNavigatorView navigator, String kind) {
        Menu menu = navigator.viewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, null);
        MenuItem newChild = item(menu, null);
        newChild.getMenu().notifyListeners(SWT.Show, null);
        MenuItem entry = item(newChild.getMenu(), kind);
        entry.notifyListeners(SWT.Selection, null);
        newChild.getMenu().notifyListeners(SWT.Hide, null);
        menu.notifyListeners(SWT.Hide, null);
        processEvents();
    }

    /** The item with this text; with null, the first cascade (New Child). */
    private static MenuItem item(Menu menu, String text) {
        for (MenuItem item : menu.getItems()) {
            if (text == null ? item.getMenu() != null : item.getText().replace("&", "").equals(text)) {
                return item;
            }
        }
        throw new AssertionError("no menu item " + text + " among " + List.of(menu.getItems()).stream().map(MenuItem::getText).toList());
    }

    private void run(String commandId) throws Exception {
        processEvents();
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        handlers.executeCommand(commandId, null);
        processEvents();
    }

    private static List<Integer> numbers(TaskArea area) {
        return area.getTasks().stream().map(KeyTask::getNumber).toList();
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // the navigator's refresh and selection run as async runnables
        }
    }
}
