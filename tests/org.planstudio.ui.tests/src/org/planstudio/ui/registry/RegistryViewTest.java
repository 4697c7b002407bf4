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
import org.planstudio.ui.testsupport.UiTest;

@UiTest
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
    void importChecksAsksAndImportsTheGoodRowsInOneUndoableStep() throws Exception {
        PlanEditor editor = Workbench.editor(page);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("platforms", ".csv");
        java.nio.file.Files.writeString(file, String.join("\n",
                "编号,名称,英文名称,类型,状态,合作国家,开始日期,结束日期,服务任务",
                "P-1,中哈联合实验室,China-Kazakhstan Joint Laboratory,联合实验室,运行中,KZ,2024-03-01,2027-12-31,8",
                "P-2,中乌农业示范基地,,联合研究中心,运行中,UZ,2024-05-01,,7",
                "P-3,坏日期平台,,联合实验室,运行中,KZ,2024-13-45,,8",
                "P-4,未知国家平台,,联合实验室,运行中,ZZ,2024-03-01,,8") + "\n");
        java.util.List<String> asked = new java.util.ArrayList<>();

        var report = new RegistryImportAction(page.getWorkbenchWindow().getShell(), editor,
                org.planstudio.model.plan.RegistryKind.PLATFORM).importFile(file, (title, message) -> {
                    asked.add(message);
                    return true;
                });
        Workbench.processEvents();

        assertEquals(1, asked.size());
        assertTrue(asked.get(0).contains("P-3") || asked.get(0).contains("4"), asked.get(0));
        assertEquals(2, report.goodRows());
        assertEquals(2, report.badRows());
        assertEquals(2, editor.getPlan().getPlatforms().size());
        assertEquals(2, view.table("PLATFORMS").orElseThrow().visibleRows().size());

        editor.getEditingDomain().getCommandStack().undo();
        Workbench.processEvents();
        assertEquals(0, editor.getPlan().getPlatforms().size(), "one undo takes the whole import back");
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
        platforms.edit(0, 1, "中哈联合实验室");
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
