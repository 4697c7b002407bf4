package org.planstudio.nl.zh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.ui.testsupport.UiTest;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.Messages;

/** The workbench's own menus, save prompt and Properties view under -nl zh, read off the widgets. */
@UiTest
class WorkbenchInChineseTest {

    private IWorkbenchPage page;

    @BeforeEach
    void openSamplePlan() throws WorkbenchException {
        page = SamplePlan.open();
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        Widgets.processEvents();
    }

    @Test
    void runsUnderTheChineseLocale() {
        assertEquals("zh", Locale.getDefault().getLanguage(), "the test runtime is started with -nl zh");
    }

    @Test
    void editMenuEntriesAreChinese() {
        page.closeAllEditors(false);  // with no editor, the entries show the workbench's own labels
        Widgets.processEvents();
        Map<String, String> shown = menuEntries("edit");
        assertEquals("撤销(&U)", shown.get("undo"), "Undo: " + shown);
        assertEquals("重做(&R)", shown.get("redo"), "Redo: " + shown);
        // The standard edit actions, where Plan Studio's menu has them. (Under the IDE's test
        // application the Edit menu is the IDE's own, whose other entries are not Plan Studio's concern.)
        if (menuTitle("edit").equals(Messages.Menu_edit)) {
            Map<String, String> expected = Map.of("cut", "剪切(&T)", "copy", "复制(&C)", "paste", "粘贴(&P)", "delete",
                    "删除(&D)", "selectAll", "全选(&A)");
            expected.forEach((id, text) -> {
                if (shown.containsKey(id)) {
                    assertEquals(text, shown.get(id), id);
                }
            });
        }
    }

    @Test
    void fileMenuEntriesAreChinese() {
        Map<String, String> shown = menuEntries("file");
        assertEquals("保存(&S)", shown.get("save"), "Save: " + shown);
        assertEquals("全部保存(&E)", shown.get("saveAll"), "Save All: " + shown);
        assertEquals("退出(&X)", shown.get("quit"), "Exit: " + shown);
        Optional<String> close = Optional.ofNullable(shown.get("close"));
        close.ifPresent(text -> assertEquals("关闭编辑器(&C)", text, "Close"));
    }

    @Test
    void savePromptIsChinese() {
        PlanEditor editor = SamplePlan.editor(page);
        Plan plan = editor.getPlan();
        EditingDomain domain = editor.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, plan.getTitle(), PlanPackage.Literals.LOCALIZED_TEXT__ZH,
                plan.getTitle().getZh() + "（修订）"));
        Widgets.processEvents();
        assertTrue(editor.isDirty());

        Shell window = page.getWorkbenchWindow().getShell();
        List<String> title = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> buttons = new ArrayList<>();
        Widgets.DialogWatcher watcher = Widgets.DialogWatcher.start(window, dialog -> {
            title.add(dialog.getText());
            labels.addAll(Widgets.labelTexts(dialog));
            buttons.addAll(Widgets.buttonTexts(dialog));
            // Answer "don't save" so that the throw-away database stays as the sample plan was.
            Widgets.button(dialog, "不保存(&N)").ifPresent(button -> button.notifyListeners(SWT.Selection, new Event()));
        });
        boolean closed = page.closeEditor(editor, true);
        watcher.stop();
        Widgets.processEvents();

        assertTrue(watcher.answered(), "closing a changed plan asks whether to save it");
        assertEquals(List.of("保存资源"), title);
        String question = "是否保存“" + editor.getTitle() + "”？";
        assertTrue(labels.contains(question), "the question names the plan: " + labels);
        Widgets.assertSameTexts(List.of("保存(&S)", "不保存(&N)", "取消"), buttons);
        assertTrue(closed, "the answer 不保存 closes the editor");
    }

    /**
     * Ctrl+S must save under -nl zh too: translating the compatibility layer's binding-context
     * names (plugin.properties of org.eclipse.ui.workbench) once left every window-context key
     * binding of the save command dead in Chinese while the menu entry still worked.
     */
    @Test
    void ctrlSSavesUnderTheChineseLocale() {
        PlanEditor editor = SamplePlan.editor(page);
        Plan plan = editor.getPlan();
        EditingDomain domain = editor.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, plan.getTitle(), PlanPackage.Literals.LOCALIZED_TEXT__ZH,
                plan.getTitle().getZh() + "（快捷键保存）"));
        Widgets.processEvents();
        assertTrue(editor.isDirty());
        page.activate(editor);
        // As a user would: the caret in one of the form's text fields (where Ctrl+S failed by hand).
        List<Text> fields = new ArrayList<>();
        Widgets.collect(page.getWorkbenchWindow().getShell(), Text.class, text -> {
            if (text.getEditable() && text.isVisible() && text.getParent().isVisible()) {
                fields.add(text);
            }
        });
        assertFalse(fields.isEmpty(), "the editor shows text fields");
        Text field = fields.stream().filter(t -> t.getText().equals(plan.getTitle().getZh())).findFirst()
                .orElse(fields.get(0));
        // The window has the keyboard, as when a user types: without a window manager, X gives the focus
        // back to no window after a dialog closes (opening the plan may show the progress dialog).
        page.getWorkbenchWindow().getShell().forceActive();
        Widgets.processEvents();
        field.forceFocus();
        Widgets.processEvents();

        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        post(display, SWT.KeyDown, SWT.CTRL, '\0');
        post(display, SWT.KeyDown, 0, 's');
        post(display, SWT.KeyUp, 0, 's');
        post(display, SWT.KeyUp, SWT.CTRL, '\0');
        long until = System.currentTimeMillis() + 15_000;
        while (editor.isDirty() && System.currentTimeMillis() < until) {
            Widgets.processEvents();
        }
        assertFalse(editor.isDirty(), "Ctrl+S saved the plan");
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertTrue(display.post(event), "the key event could be posted");
        Widgets.processEvents();
    }

    @Test
    void propertiesViewIsChinese() throws PartInitException {
        IViewPart view = page.showView(IPageLayout.ID_PROP_SHEET);
        Widgets.processEvents();
        assertEquals("属性", view.getTitle());
        List<Tree> trees = new ArrayList<>();
        Widgets.collect(((org.eclipse.ui.part.PageBookView) view).getCurrentPage().getControl().getParent(), Tree.class,
                trees::add);
        assertFalse(trees.isEmpty(), "the property sheet shows a tree");
        List<String> columns = new ArrayList<>();
        for (TreeColumn column : trees.get(0).getColumns()) {
            columns.add(column.getText());
        }
        assertEquals(List.of("属性", "值"), columns);
    }

    /** The entries of a top-level menu, by contribution id, as the user sees them when it opens. */
    private static Map<String, String> menuEntries(String menuId) {
        return entries(topLevel(menuId).getMenu());
    }

    private static String menuTitle(String menuId) {
        return topLevel(menuId).getText();
    }

    private static MenuItem topLevel(String menuId) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Menu bar = window.getShell().getMenuBar();
        for (MenuItem top : bar.getItems()) {
            if (top.getData() instanceof IContributionItem item && menuId.equals(item.getId()) && top.getMenu() != null) {
                return top;
            }
        }
        throw new AssertionError("no menu '" + menuId + "' in the menu bar");
    }

    private static Map<String, String> entries(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());  // menus are filled when they open
        Widgets.processEvents();
        Map<String, String> entries = new LinkedHashMap<>();
        for (MenuItem item : menu.getItems()) {
            if (item.getData() instanceof IContributionItem contribution && contribution.getId() != null) {
                entries.put(contribution.getId(), Widgets.withoutAccelerator(item.getText()));
                if (contribution instanceof ActionContributionItem action && action.getAction().getId() != null) {
                    entries.putIfAbsent(action.getAction().getId(), Widgets.withoutAccelerator(item.getText()));
                }
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return entries;
    }
}
