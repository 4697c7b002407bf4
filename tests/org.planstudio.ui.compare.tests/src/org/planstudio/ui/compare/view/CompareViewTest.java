package org.planstudio.ui.compare.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.planstudio.compare.ChangeKind;
import org.planstudio.compare.ElementChange;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoredPlan;
import org.planstudio.ui.compare.CompareLauncher;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.handlers.CompareHandler;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The compare view on two revisions of the sample plan (which the workbench stores on its first start):
 * a retitled task marked in the before and after columns, a removed and an added task, and a double-click
 * that goes to the element in the editor. Runs under -nl zh; the screenshot goes to docs/images.
 */
@UiTest
class CompareViewTest {

    private static final String PLAN = "bj-bri-2024";

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void twoRevisionsShowTheirChangesMarkedAndADoubleClickGoesToTheElement() throws Exception {
        PlanStore store = StoreAccess.store();
        StoredPlan first = store.loadLatest(PLAN).orElseThrow();
        Plan edited = EcoreUtil.copy(first.plan());
        task(edited, "bj-bri-2024.task.04").getTitle().setZh("深化医药健康产业创新合作");
        KeyTask gone = task(edited, "bj-bri-2024.task.12");
        edited.getTraceLinks().removeAll(PlanQueries.linksTouching(edited, gone));
        // delete, not remove: the sample's comments on the task must let go of it too, or the store refuses the save
        EcoreUtil.delete(gone, true);
        KeyTask added = EcoreUtil.copy(task(edited, "bj-bri-2024.task.11"));
        added.setId("bj-bri-2024.task.13");
        added.getTitle().setZh("推动绿色低碳技术合作");
        added.getTitle().getTranslations().clear();
        edited.getTaskAreas().get(1).getTasks().add(added);
        int second = store.save(edited, first.revision().revision(), "起草组", "吸纳处室意见后修改");

        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        PlanEditor editor = PlanOpener.open(page, store.planInfo(PLAN).orElseThrow());
        Job job = CompareLauncher.compare(window, store, PLAN, String.valueOf(first.revision().revision()),
                String.valueOf(second), CompareHandler.navigator(page));
        job.join();
        CompareView view = waitForView(page);

        List<String> labels = new ArrayList<>();
        for (TreeItem item : view.viewer().getTree().getItems()) {
            labels.add(item.getText(0) + " | " + item.getText(1));
        }
        assertTrue(labels.stream().anyMatch(l -> l.contains("深化医药健康产业创新合作") && l.endsWith("修改")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.contains("打造“一带一路”创新活动平台") && l.endsWith("删除")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.contains("推动绿色低碳技术合作") && l.endsWith("新增")), labels.toString());
        assertEquals("修改前", view.viewer().getTree().getColumn(3).getText());

        ElementChange retitled = element(view, "bj-bri-2024.task.04");
        ChangeNodes.FieldNode title = new ChangeNodes.FieldNode(retitled, retitled.fields().stream()
                .filter(f -> f.featurePath().equals("title.zh")).findFirst().orElseThrow());
        StyledString before = new ChangeLabels(ChangeLabels.Column.BEFORE, Display.getCurrent()).text(title);
        StyledString after = new ChangeLabels(ChangeLabels.Column.AFTER, Display.getCurrent()).text(title);
        assertEquals("加强医药健康产业创新合作", before.getString());
        assertEquals("加强", marked(before, r -> r.strikeout));
        assertEquals("深化", marked(after, r -> r.underline));

        screenshot(window);

        view.goTo(new StructuredSelection(retitled));
        processEvents();
        EObject shown = (EObject) ((StructuredSelection) editor.getSite().getSelectionProvider().getSelection())
                .getFirstElement();
        assertNotNull(shown);
        assertEquals("bj-bri-2024.task.04", EcoreUtil.getID(shown));
        assertTrue(element(view, "bj-bri-2024.task.12").is(ChangeKind.REMOVED));
    }

    private static ElementChange element(CompareView view, String id) {
        return view.comparison().elements().stream().filter(e -> e.elementId().equals(id)).findFirst().orElseThrow();
    }

    private static String marked(StyledString text, java.util.function.Predicate<StyleRange> style) {
        StringBuilder out = new StringBuilder();
        for (StyleRange range : text.getStyleRanges()) {
            if (style.test(range)) {
                out.append(text.getString(), range.start, range.start + range.length);
            }
        }
        return out.toString();
    }

    private static KeyTask task(Plan plan, String id) {
        return (KeyTask) PlanQueries.find(plan, id).orElseThrow();
    }

    private static CompareView waitForView(IWorkbenchPage page) {
        Display display = Display.getCurrent();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            processEvents();
            if (page.findView(CompareView.ID) instanceof CompareView view && view.comparison() != null) {
                return view;
            }
            display.timerExec(50, () -> { });
            display.sleep();
        }
        throw new AssertionError("the compare view did not show the comparison");
    }

    /** The workbench with the view, for docs/images (looked at by hand); not an assertion. */
    private static void screenshot(IWorkbenchWindow window) throws Exception {
        processEvents();
        window.getShell().setBounds(0, 0, 1500, 900);
        window.getActivePage().setPartState(window.getActivePage().findViewReference(CompareView.ID),
                IWorkbenchPage.STATE_MAXIMIZED);
        processEvents();
        Display display = window.getShell().getDisplay();
        Rectangle bounds = window.getShell().getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path out = Path.of("target", "compare-view-zh.png").toAbsolutePath();
            Files.createDirectories(out.getParent());
            loader.save(out.toString(), SWT.IMAGE_PNG);
            System.out.println("compare view screenshot: " + out);
        } finally {
            gc.dispose();
            image.dispose();
        }
        window.getActivePage().setPartState(window.getActivePage().findViewReference(CompareView.ID),
                IWorkbenchPage.STATE_RESTORED);
        processEvents();
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending paints and asyncExecs
        }
    }
}
