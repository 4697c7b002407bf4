package org.planstudio.ui.docimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.planstudio.docimport.MappedPart;
import org.planstudio.docimport.PartKind;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.text.Texts;
import org.planstudio.store.StoreConfig;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The preview of an issued plan (ai-plan.docx, also in the docimport tests with its HTML source):
 * the parts read from the prose 总体要求 show with their kinds, a task's 责任单位 in Details, and
 * a unit changed in that cell is what Finish stores.
 */
@UiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NoticePlanPreviewTest {

    private static Path folder;
    private WizardDialog dialog;

    @BeforeAll
    static void database() throws Exception {
        folder = Files.createTempDirectory("planstudio-docimport-notice");
        if (System.getProperty(StoreConfig.DATABASE_PROPERTY) == null) {
            System.setProperty(StoreConfig.DATABASE_PROPERTY, folder.resolve("db").toString());
        }
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    @Test
    void unitsShowAndChangeInThePreview() throws Exception {
        Path file = folder.resolve("ai-plan.docx");
        try (InputStream in = getClass().getResourceAsStream("ai-plan.docx")) {
            assertNotNull(in, "test resource ai-plan.docx");
            Files.copy(in, file);
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        ImportDocumentWizard wizard = new ImportDocumentWizard(window);
        dialog = new WizardDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.setPageSize(900, 520);
        dialog.open();
        wizard.filePage().set(file, "bj-ai-ui");
        dialog.showPage(wizard.previewPage());
        processEvents();
        PreviewPage preview = wizard.previewPage();
        assertTrue(preview.isPageComplete(), String.valueOf(preview.getErrorMessage()));
        assertTrue(preview.head().contains("北京市人民政府办公厅"), preview.head());
        assertTrue(preview.head().contains("2025–2027"), preview.head());

        List<String> kinds = column(preview, 1);
        assertEquals(1, count(kinds, PartKind.GUIDING_IDEOLOGY));
        assertEquals(3, count(kinds, PartKind.PRINCIPLE));
        assertEquals(1, count(kinds, PartKind.GOAL));
        assertEquals(3, count(kinds, PartKind.INDICATOR));
        assertEquals(6, count(kinds, PartKind.TASK));
        assertTrue(column(preview, 3).contains(NLS.bind(Messages.PreviewPage_units, "市科委、中关村管委会", "市教委")),
                column(preview, 3).toString());

        // Staff decide that 市教委 leads task 1 as well.
        MappedPart first = wizard.mapping().orElseThrow().all(PartKind.TASK).get(0);
        preview.viewer().editElement(first, 3);
        processEvents();
        Text cell = shownEditor(preview);
        cell.setText("市科委、中关村管委会、市教委");
        preview.viewer().applyEditorValue();
        processEvents();
        assertEquals(List.of("市科委", "中关村管委会", "市教委"), first.leadUnits());
        assertEquals(List.of(), first.supportingUnits());
        preview.viewer().refresh();
        screenshot(preview);

        assertTrue(wizard.performFinish());
        Plan stored = StoreAccess.store().loadLatest("bj-ai-ui").orElseThrow().plan();
        KeyTask task = stored.getTaskAreas().stream().map(TaskArea::getTasks).flatMap(List::stream).findFirst().orElseThrow();
        assertEquals(List.of("市科委", "中关村管委会", "市教委"),
                task.getLeadUnits().stream().map(o -> Texts.zh(o.getName()).orElse("")).collect(Collectors.toList()));
        assertEquals(3, stored.getPrinciples().size());
        assertEquals(List.of(50, 80, 30), stored.getGoals().get(0).getIndicators().stream()
                .map(i -> i.getTarget().intValue()).collect(Collectors.toList()));
    }

    /** The cell editors are Text children of the tree; the one being edited is the visible one. */
    private static Text shownEditor(PreviewPage preview) {
        return java.util.Arrays.stream(preview.viewer().getTree().getChildren())
                .filter(c -> c instanceof Text && c.isVisible()).map(Text.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no cell editor shown for the Details cell"));
    }

    /** A picture of the dialog for the one who reads the test log; not an assertion. */
    private static void screenshot(PreviewPage preview) {
        processEvents();
        Display display = preview.getShell().getDisplay();
        org.eclipse.swt.graphics.Rectangle bounds = preview.getShell().getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            Path out = folder.resolve("notice-preview.png");
            loader.save(out.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
            System.out.println("notice preview screenshot: " + out);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static List<String> column(PreviewPage preview, int column) {
        List<String> into = new ArrayList<>();
        collect(preview.viewer().getTree().getItems(), column, into);
        return into;
    }

    private static void collect(TreeItem[] items, int column, List<String> into) {
        for (TreeItem item : items) {
            into.add(item.getText(column));
            collect(item.getItems(), column, into);
        }
    }

    private static long count(List<String> kinds, PartKind kind) {
        String label = kind.label(Locale.getDefault());
        return kinds.stream().filter(label::equals).count();
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending paints and asyncExecs
        }
    }
}
