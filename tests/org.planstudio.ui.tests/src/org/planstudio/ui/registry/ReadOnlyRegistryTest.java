package org.planstudio.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.store.PlanPermissions;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.permissions.EditorPermissions;
import org.planstudio.ui.tables.PlanTable;
import org.planstudio.ui.testing.Workbench;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The registry table follows the editor's permissions: as in ReadOnlyFormTest, the commission's
 * division editor's permissions are set on the open plan, where task 2 is stored as led by 中关村 alone.
 */
@UiTest
class ReadOnlyRegistryTest {

    private static final int NAME_ZH = 1;

    private IWorkbenchPage page;
    private RegistryView view;

    @BeforeEach
    void open() throws Exception {
        page = Workbench.openSamplePlan();
        Job.getJobManager().join(EditorPermissions.class, null);
        view = (RegistryView) page.showView(RegistryView.ID);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        Workbench.processEvents();
    }

    @Test
    void onlyTheItemsOfTheDivisionsTasksAreEditableAndItemsCannotBeAdded() {
        PlanEditor editor = Workbench.editor(page);
        Plan plan = editor.getPlan();
        PlanTable<RegistryItem> platforms = view.table("PLATFORMS").orElseThrow();
        assertTrue(view.structureButtonsEnabled(), "embedded Derby: everybody adds, deletes and imports");
        assertEquals(Optional.empty(), view.readOnlyLine());

        view.add(editor, RegistryKindUi.PLATFORMS);
        view.add(editor, RegistryKindUi.PLATFORMS);
        Workbench.processEvents();
        RegistryItem ownItem = plan.getPlatforms().get(0);
        RegistryItem otherItem = plan.getPlatforms().get(1);
        implement(editor, ownItem, task(plan, 1));
        implement(editor, otherItem, task(plan, 2));
        Plan stored = EcoreUtil.copy(plan);
        KeyTask storedOther = task(stored, 2);
        Organization zgc = storedOther.getLeadUnits().stream().filter(o -> o.getId().equals("org.zgc")).findFirst()
                .orElseThrow();
        storedOther.getLeadUnits().retainAll(List.of(zgc));
        storedOther.getSupportingUnits().clear();
        EditorPermissions.set(plan, PlanPermissions.division(stored, "org.bjstc"));
        Workbench.processEvents();

        int own = platforms.visibleRows().indexOf(ownItem);
        int other = platforms.visibleRows().indexOf(otherItem);
        assertTrue(platforms.isEditable(own, NAME_ZH), "the item implementing the division's task stays editable");
        assertFalse(platforms.isEditable(other, NAME_ZH), "the item implementing 中关村's task is not");
        String before = otherItem.getName().getZh();
        assertFalse(platforms.edit(other, NAME_ZH, "改名"));
        assertEquals(before, otherItem.getName().getZh(), "nothing changed in the model");
        assertTrue(platforms.edit(own, NAME_ZH, "中哈联合实验室"));
        Workbench.processEvents();
        assertEquals("中哈联合实验室", ownItem.getName().getZh());

        assertFalse(view.structureButtonsEnabled(), "Add, Delete and Import are the drafting office's");
        String line = view.readOnlyLine().orElseThrow(() -> new AssertionError("the view says why"));
        assertTrue(line.contains(stored.getOrganizations().stream().filter(o -> o.getId().equals("org.bjstc"))
                .findFirst().orElseThrow().getName().getZh()), "names the user's division: " + line);

        platforms.selection().setSelection(new org.eclipse.jface.viewers.StructuredSelection(otherItem));
        Workbench.processEvents();
        String itemLine = view.readOnlyLine().orElseThrow();
        assertTrue(itemLine.contains(otherItem.getId()), "the selected item's reason names it: " + itemLine);
        page.activate(view);
        Workbench.saveWindowImage(page, "readonly-registry.png");
    }

    private static void implement(PlanEditor editor, RegistryItem item, KeyTask task) {
        TraceLink link = PlanFactory.eINSTANCE.createTraceLink();
        link.setId(Ids.newId());
        link.setKind(TraceKind.IMPLEMENTS);
        link.setSource(item);
        link.setTarget(task);
        editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(),
                editor.getPlan(), PlanPackage.Literals.PLAN__TRACE_LINKS, link));
        Workbench.processEvents();
    }

    private static KeyTask task(Plan plan, int number) {
        return plan.getTaskAreas().stream().flatMap(a -> a.getTasks().stream()).filter(t -> t.getNumber() == number)
                .findFirst().orElseThrow();
    }
}
