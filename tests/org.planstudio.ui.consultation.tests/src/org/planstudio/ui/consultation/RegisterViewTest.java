package org.planstudio.ui.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.planstudio.consultation.CommentQueries;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.store.PlanPermissions;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.permissions.EditorPermissions;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The register on the sample plan as staff use it, in Chinese: the 15 comments, the filters,
 * a disposition and a reason typed into the table and undone, the editor's comment section and
 * Add Comment on a task.
 */
@UiTest
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RegisterViewTest {

    private IWorkbenchPage page;
    private PlanEditor editor;
    private RegisterView view;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (PlanEditor) page.getActiveEditor();
        view = (RegisterView) page.showView(RegisterView.ID);
        processEvents();
    }

    @AfterEach
    void undoAll() {
        while (editor.getEditingDomain().getCommandStack().canUndo()) {
            editor.getEditingDomain().getCommandStack().undo();
        }
        processEvents();
    }

    @Test
    void listsAndFiltersTheSamplePlansComments() throws Exception {
        Plan plan = editor.getPlan();
        assertEquals("bj-bri-2024", plan.getId());
        assertEquals(15, view.table().visibleRows().size());
        // The register maximised, as someone working through the comments has it.
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        processEvents();
        screenshot("consultation-register-zh.png");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        processEvents();

        view.setPendingOnly(true);
        assertEquals(3, view.table().visibleRows().size());
        assertTrue(view.table().visibleRows().stream().allMatch(c -> c.getDisposition() == Disposition.PENDING));
        view.setPendingOnly(false);

        view.selectSource(4);
        assertEquals(7, view.table().visibleRows().size(), "the eleven divisions' comments");
        view.selectUnit("国际合作处");
        assertEquals(List.of("bj-bri-2024.comment.i1"), ids(view.table().visibleRows()));
        view.selectSource(0);
        view.selectUnit("全部");
        assertEquals(15, view.table().visibleRows().size());

        KeyTask task5 = PlanQueries.tasks(plan).get(4);
        editor.reveal(task5);
        processEvents();
        view.onlySelectedElement(true);
        assertEquals(List.of("bj-bri-2024.comment.e4"), ids(view.table().visibleRows()));
        view.onlySelectedElement(false);
    }

    @Test
    void aViewerReadsTheRegisterAndCannotTypeIntoIt() {
        Plan plan = editor.getPlan();
        Comment first = view.table().visibleRows().get(0);
        Disposition before = first.getDisposition();
        try {
            EditorPermissions.set(plan, PlanPermissions.nothing());
            processEvents();
            assertFalse(view.table().isEditable(0, 5), "a viewer's disposition cell is read-only");
            assertFalse(view.table().edit(0, 5, "采纳"));
            assertEquals(before, first.getDisposition());
            assertFalse(editor.isDirty());
            assertFalse(view.mayWrite(), "Add, Decide and Import are off for a viewer");
            assertTrue(view.readOnlyReason().isPresent(), "the view says why");
        } finally {
            EditorPermissions.set(plan, PlanPermissions.everything());
            processEvents();
        }
        assertTrue(view.table().isEditable(0, 5));
        assertTrue(view.mayWrite());
        assertEquals(java.util.Optional.empty(), view.readOnlyReason());
    }

    @Test
    void dispositionAndReasonAreSetInTheTableAndUndone() {
        view.setPendingOnly(true);
        Comment first = view.table().visibleRows().get(0);
        assertEquals(Disposition.PENDING, first.getDisposition());
        view.table().edit(0, 5, "部分采纳");
        processEvents();
        assertEquals(Disposition.PARTIALLY_ADOPTED, first.getDisposition());
        assertTrue(editor.isDirty());
        view.setPendingOnly(false);
        int row = view.table().visibleRows().indexOf(first);
        view.table().edit(row, 6, "吸收到第4项任务表述中");
        assertEquals("吸收到第4项任务表述中", Texts.zh(first.getReason()).orElseThrow());

        view.table().edit(row, 5, "随便写的");
        assertEquals(Disposition.PARTIALLY_ADOPTED, first.getDisposition(), "an unknown disposition is refused");

        editor.getEditingDomain().getCommandStack().undo();
        editor.getEditingDomain().getCommandStack().undo();
        processEvents();
        assertEquals(Disposition.PENDING, first.getDisposition());
        assertTrue(first.getReason() == null || Texts.zh(first.getReason()).orElse("").isEmpty());
    }

    @Test
    void theEditorShowsAnElementsCommentsAndAddsOne() throws Exception {
        Plan plan = editor.getPlan();
        KeyTask task5 = PlanQueries.tasks(plan).get(4);
        editor.reveal(task5);
        processEvents();
        assertTrue(sectionTitles(editor).contains(NLS.bind(Messages.Section_title, 1)), sectionTitles(editor).toString());
        scrollToComments(editor);
        screenshot("editor-comments-zh.png");

        AddCommentDialog dialog = new AddCommentDialog(editor.getSite().getShell(), editor, List.of(task5));
        dialog.setBlockOnOpen(false);
        dialog.open();
        processEvents();
        dialog.unitWidget().setText("市科委");
        dialog.textWidget().setText("建议将新兴领域的合作方向与第3项任务统筹表述。");
        processEvents();
        dialog.okPressed();
        editor.getEditingDomain().getCommandStack().execute(dialog.command());
        processEvents();

        List<Comment> onTask = CommentQueries.about(plan, task5);
        assertEquals(2, onTask.size());
        Comment added = onTask.get(1);
        assertEquals("org.bjstc", added.getAuthor().getId());
        assertEquals(Disposition.PENDING, added.getDisposition());
        assertEquals(16, view.table().visibleRows().size(), "the register follows the plan");
        processEvents();
        assertTrue(sectionTitles(editor).contains(NLS.bind(Messages.Section_title, 2)), sectionTitles(editor).toString());
    }

    /** Scrolls the details form so that the Comments section is in view. */
    private static void scrollToComments(PlanEditor editor) {
        Control control = editor.getDetails().control("title.zh").orElseThrow();
        while (control != null && !(control instanceof org.eclipse.ui.forms.widgets.ScrolledForm)) {
            control = control.getParent();
        }
        if (control instanceof org.eclipse.ui.forms.widgets.ScrolledForm form) {
            form.setOrigin(0, Math.max(0, form.getContent().getSize().y - form.getClientArea().height));
        }
        processEvents();
    }

    private static List<String> ids(List<Comment> comments) {
        return comments.stream().map(Comment::getId).toList();
    }

    private static List<String> sectionTitles(PlanEditor editor) {
        List<String> titles = new ArrayList<>();
        collect(editor.getDetails().control("title.zh").orElseThrow().getShell(), titles);
        return titles;
    }

    private static void collect(Control control, List<String> titles) {
        if (control instanceof Section section && !section.isDisposed()) {
            titles.add(section.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, titles);
            }
        }
    }

    /** The window as a user sees it, for docs/images; the test does not judge the picture. */
    private static void screenshot(String name) throws Exception {
        processEvents();
        Display display = Display.getCurrent();
        Rectangle bounds = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path out = Path.of("target", name).toAbsolutePath();
            Files.createDirectories(out.getParent());
            loader.save(out.toString(), SWT.IMAGE_PNG);
            System.out.println("register screenshot: " + out);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending paints and asyncExecs
        }
    }
}
