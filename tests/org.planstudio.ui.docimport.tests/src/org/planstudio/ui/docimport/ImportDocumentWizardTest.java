package org.planstudio.ui.docimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.planstudio.ui.testsupport.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.docimport.ImportMapping;
import org.planstudio.docimport.MappedPart;
import org.planstudio.docimport.PartKind;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.store.StoreConfig;
import org.planstudio.ui.internal.StoreAccess;

/** The wizard on the seed: the preview shows what the drafting explanation states; Finish stores and opens the plan. */
@UiTest
class ImportDocumentWizardTest {

    private static Path folder;
    private WizardDialog dialog;

    @BeforeAll
    static void database() throws Exception {
        folder = Files.createTempDirectory("planstudio-docimport-ui");
        if (System.getProperty(StoreConfig.DATABASE_PROPERTY) == null) {
            System.setProperty(StoreConfig.DATABASE_PROPERTY, folder.resolve("db").toString());
        }
    }

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    @Test
    void thePreviewOfTheSeedShowsWhatItStatesAndFinishCreatesThePlan() throws Exception {
        ImportDocumentWizard wizard = open(seed(), "bri-from-word");
        PreviewPage preview = wizard.previewPage();
        assertTrue(preview.isPageComplete(), String.valueOf(preview.getErrorMessage()));
        assertNull(preview.getErrorMessage());

        List<String> kinds = new ArrayList<>();
        collectKinds(preview.viewer().getTree().getItems(), kinds);
        assertEquals(1, count(kinds, PartKind.GUIDING_IDEOLOGY));
        assertEquals(3, count(kinds, PartKind.PRINCIPLE));
        assertEquals(1, count(kinds, PartKind.GOAL));
        assertEquals(3, count(kinds, PartKind.INDICATOR));
        assertEquals(3, count(kinds, PartKind.TASK_AREA));
        assertEquals(12, count(kinds, PartKind.TASK));
        assertEquals(3, count(kinds, PartKind.SAFEGUARD));
        assertEquals(4, count(kinds, PartKind.POLICY_REFERENCE));
        assertEquals(4, count(kinds, PartKind.CONSULTATION));
        assertTrue(preview.head().contains("市科委、中关村管委会"), preview.head());
        assertTrue(preview.head().contains("2024–2027"), preview.head());

        // What the text does not say is set in the preview: tasks 3-7 and 8-12 to areas 2 and 3.
        ImportMapping mapping = wizard.mapping().orElseThrow();
        List<MappedPart> areas = mapping.all(PartKind.TASK_AREA);
        List<MappedPart> tasks = mapping.all(PartKind.TASK);
        for (int i = 2; i < tasks.size(); i++) {
            tasks.get(i).setArea(areas.get(i < 7 ? 1 : 2));
        }
        preview.viewer().refresh();
        List<String> areaColumn = new ArrayList<>();
        collectColumn(preview.viewer().getTree().getItems(), 2, areaColumn);
        assertTrue(areaColumn.contains("促进多领域产业链协同发展"), areaColumn.toString());
        screenshot(preview.getShell().getDisplay(), preview.getShell().getBounds());

        assertTrue(wizard.performFinish());
        Plan stored = StoreAccess.store().loadLatest("bri-from-word").orElseThrow().plan();
        assertEquals(List.of(2, 5, 5), stored.getTaskAreas().stream().map(TaskArea::getTasks).map(List::size)
                .collect(Collectors.toList()));
        assertEquals(3, stored.getPrinciples().size());
        assertEquals("bri-from-word", wizard.createdPlanId().orElseThrow());
        assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor() != null,
                "the new plan is opened");
    }

    @Test
    void anIdThatIsTakenKeepsFinishDisabled() throws Exception {
        StoreAccess.store().save(org.planstudio.docimport.DocumentImporter.build(
                org.planstudio.docimport.DocumentImporter.map(seed()), "taken"), 0, "test", "first");
        ImportDocumentWizard wizard = open(seed(), "taken");
        assertFalse(wizard.previewPage().isPageComplete());
        assertTrue(wizard.previewPage().getErrorMessage().contains("taken"), wizard.previewPage().getErrorMessage());
        assertFalse(wizard.canFinish());
    }

    private ImportDocumentWizard open(Path file, String id) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        ImportDocumentWizard wizard = new ImportDocumentWizard(window);
        dialog = new WizardDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.setPageSize(900, 520);
        dialog.open();
        wizard.filePage().set(file, id);
        assertTrue(wizard.filePage().isPageComplete(), String.valueOf(wizard.filePage().getErrorMessage()));
        dialog.showPage(wizard.previewPage());
        processEvents();
        return wizard;
    }

    private static Path seed() throws Exception {
        Path file = folder.resolve("起草说明.txt");
        if (!Files.exists(file)) {
            Bundle samples = Arrays.stream(FrameworkUtil.getBundle(ImportDocumentWizardTest.class).getBundleContext().getBundles())
                    .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
            try (InputStream in = samples.getEntry("documents/drafting-explanation.txt").openStream()) {
                Files.copy(in, file);
            }
        }
        return file;
    }

    private static long count(List<String> kinds, PartKind kind) {
        String label = kind.label(Locale.getDefault());
        return kinds.stream().filter(label::equals).count();
    }

    private static void collectKinds(TreeItem[] items, List<String> into) {
        collectColumn(items, 1, into);
    }

    private static void collectColumn(TreeItem[] items, int column, List<String> into) {
        for (TreeItem item : items) {
            into.add(item.getText(column));
            collectColumn(item.getItems(), column, into);
        }
    }

    /** A picture of the dialog for the one who reads the test log; not an assertion. */
    private static void screenshot(Display display, Rectangle bounds) {
        processEvents();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path out = folder.resolve("import-preview.png");
            loader.save(out.toString(), SWT.IMAGE_PNG);
            System.out.println("import preview screenshot: " + out);
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
