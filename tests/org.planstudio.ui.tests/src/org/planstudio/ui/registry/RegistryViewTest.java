package org.planstudio.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.tables.PlanTable;
import org.planstudio.ui.testing.Workbench;

class RegistryViewTest {

    private IWorkbenchPage page;
    private RegistryView view;

    @BeforeEach
    void open() throws Exception {
        page = Workbench.openSamplePlan();
        view = (RegistryView) page.showView(RegistryView.ID);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        Workbench.processEvents();
    }

    @Test
    void opensOnTheSamplePlanWithEmptyRegistries() {
        for (RegistryKindUi kind : RegistryKindUi.values()) {
            PlanTable<RegistryItem> table = view.table(kind.name()).orElseThrow();
            assertEquals(0, table.visibleRows().size(), kind + " is empty in the sample");
        }
    }

    @Test
    void addEditSearchAndUndo() {
        PlanEditor editor = Workbench.editor(page);
        PlanTable<RegistryItem> platforms = view.table("PLATFORMS").orElseThrow();

        view.add(editor, RegistryKindUi.PLATFORMS);
        Workbench.processEvents();
        assertEquals(1, editor.getPlan().getPlatforms().size());
        assertEquals(1, platforms.visibleRows().size());
        RegistryItem item = platforms.visibleRows().get(0);

        // An edit in a cell is a command on the plan's stack.
        platforms.natTable().doCommand(new org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand(
                platforms.natTable(), 2, 1, "中哈联合实验室"));
        Workbench.processEvents();
        assertEquals("中哈联合实验室", item.getName().getZh());
        assertTrue(editor.isDirty());

        platforms.search("联合实验室");
        assertEquals(1, platforms.visibleRows().size());
        platforms.search("不存在的词");
        assertEquals(0, platforms.visibleRows().size());
        platforms.search("");

        editor.getEditingDomain().getCommandStack().undo();  // the edit
        editor.getEditingDomain().getCommandStack().undo();  // the addition
        Workbench.processEvents();
        assertEquals(0, editor.getPlan().getPlatforms().size());
        assertEquals(0, platforms.visibleRows().size());
    }
}
