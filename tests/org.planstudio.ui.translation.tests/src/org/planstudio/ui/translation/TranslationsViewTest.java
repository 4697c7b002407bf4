package org.planstudio.ui.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.eclipse.emf.edit.command.SetCommand;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.text.TranslationState;
import org.planstudio.translation.TranslationCommands;
import org.planstudio.translation.PlanText;
import org.planstudio.translation.PlanTexts;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.app.StartupPlanOpener;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The Translations view on the sample plan: a text whose Chinese is changed in the editor's form
 * shows up as outdated, and English typed in the view is undone with Undo while the view is active.
 */
@UiTest
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TranslationsViewTest {

    private IWorkbenchPage page;
    private PlanEditor editor;
    private TranslationsView view;

    @BeforeEach
    void open() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.closeAllEditors(false);
        PlatformUI.getWorkbench().showPerspective(PlanStudioPerspective.ID, window);
        new StartupPlanOpener(window).openLastPlan();
        processEvents();
        editor = (PlanEditor) page.getActiveEditor();
        view = (TranslationsView) page.showView(TranslationsView.ID);
        processEvents();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        processEvents();
    }

    @Test
    void aTextWhoseChineseIsChangedInTheEditorIsListedAsOutdated() throws Exception {
        PlanText translated = PlanTexts.all(editor.getPlan()).stream()
                .filter(t -> t.state() == TranslationState.CURRENT && t.elementKind().equals("KeyTask")
                        && t.field().equals("title"))
                .findFirst().orElseThrow(() -> new AssertionError("the sample has translated task titles"));
        assertFalse(keys(view.rows()).contains(translated.key()), "a current translation is not listed");
        String before = view.figure();

        editor.show(translated.element());
        processEvents();
        Text chinese = findText(editor.getSite().getShell(), translated.zh())
                .orElseThrow(() -> new AssertionError("the form shows the Chinese of " + translated.key()));
        chinese.setText(translated.zh() + "（修订）");
        processEvents();

        PlanText listed = view.rows().stream().filter(t -> t.key().equals(translated.key())).findFirst()
                .orElseThrow(() -> new AssertionError("listed after its Chinese changed: " + keys(view.rows())));
        assertEquals(TranslationState.STALE, listed.state());
        assertTrue(listed.en().isPresent(), "the outdated English is still shown");
        assertFalse(before.equals(view.figure()), "the figure went down: " + before + " → " + view.figure());

        view.setFilter(TranslationsView.Filter.OUTDATED);
        processEvents();
        assertTrue(view.rows().stream().allMatch(t -> t.state() == TranslationState.STALE));
        assertTrue(keys(view.rows()).contains(translated.key()));
        view.setFilter(TranslationsView.Filter.NEEDING);
        // For the picture: a principle revised too, and a safeguard whose English was taken out.
        List<PlanText> all = PlanTexts.all(editor.getPlan());
        PlanText principle = all.stream().filter(t -> t.elementKind().equals("Principle")).findFirst().orElseThrow();
        PlanText safeguard = all.stream().filter(t -> t.elementKind().equals("Safeguard")).findFirst().orElseThrow();
        var stack = editor.getEditingDomain().getCommandStack();
        stack.execute(SetCommand.create(editor.getEditingDomain(), principle.text(), PlanPackage.Literals.LOCALIZED_TEXT__ZH,
                principle.zh() + "，互利共赢"));
        stack.execute(TranslationCommands.setEnglish(editor.getEditingDomain(), safeguard.text(), ""));
        processEvents();
        assertEquals(3, view.rows().size(), keys(view.rows()).toString());
        page.activate(view);
        IWorkbenchPartReference reference = page.getReference(view);
        page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        processEvents();
        screenshot(view.getSite().getShell(), "translations-view-zh.png");
        page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
        processEvents();
    }

    @Test
    void englishTypedInTheViewIsOneUndoableEdit() throws Exception {
        // The sample is translated throughout: revise a task's Chinese so that its English is outdated.
        PlanText task = PlanTexts.all(editor.getPlan()).stream().filter(t -> t.elementKind().equals("KeyTask"))
                .findFirst().orElseThrow();
        var stack = editor.getEditingDomain().getCommandStack();
        stack.execute(SetCommand.create(editor.getEditingDomain(), task.text(), PlanPackage.Literals.LOCALIZED_TEXT__ZH,
                task.zh() + "（修订）"));
        processEvents();
        PlanText outdated = view.rows().stream().filter(t -> t.key().equals(task.key())).findFirst()
                .orElseThrow(() -> new AssertionError("listed as outdated: " + keys(view.rows())));
        String oldEnglish = outdated.en().orElseThrow();
        String figure = view.figure();
        page.activate(view);
        processEvents();

        view.editEnglish(outdated, "  Test translation  ");
        processEvents();
        assertEquals(TranslationState.CURRENT, outdated.state());
        assertEquals("Test translation", outdated.en().orElseThrow(), "typed English is stored without the blanks around it");
        assertFalse(keys(view.rows()).contains(outdated.key()), "translated now, so no longer listed");
        assertFalse(figure.equals(view.figure()), "the figure went up");

        IHandlerService handlers = view.getSite().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        processEvents();
        assertEquals(TranslationState.STALE, outdated.state());
        assertEquals(oldEnglish, outdated.en().orElseThrow());
        assertTrue(keys(view.rows()).contains(outdated.key()), "listed again after Undo");
        assertEquals(figure, view.figure());
        assertTrue(outdated.zh().endsWith("（修订）"), "one Undo took back the English only, not the revision before it");
    }

    private static List<String> keys(List<PlanText> rows) {
        return rows.stream().map(PlanText::key).toList();
    }

    private static Optional<Text> findText(Composite root, String content) {
        List<Control> queue = new ArrayList<>(List.of(root.getChildren()));
        while (!queue.isEmpty()) {
            Control control = queue.remove(0);
            if (control instanceof Text text && !text.isDisposed() && text.isVisible() && content.equals(text.getText())) {
                return Optional.of(text);
            }
            if (control instanceof Composite composite) {
                queue.addAll(List.of(composite.getChildren()));
            }
        }
        return Optional.empty();
    }

    /** A picture of the window for docs/images (copied from target by hand); not an assertion. */
    private static void screenshot(Shell shell, String name) throws Exception {
        processEvents();
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "planstudio-screenshots"));
            Path out = folder.resolve(name);
            loader.save(out.toString(), SWT.IMAGE_PNG);
            System.out.println("Translations view screenshot: " + out.toAbsolutePath());
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain asyncExecs (refreshes, dirty flags) as the event loop would
        }
    }
}
