package org.planstudio.ui.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.text.TranslationState;
import org.planstudio.translation.PlanText;
import org.planstudio.translation.PlanTexts;
import org.planstudio.translation.io.RowResult;
import org.planstudio.translation.io.TranslationExport;
import org.planstudio.translation.io.TranslationFile;
import org.planstudio.translation.io.TranslationImportResult;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.app.StartupPlanOpener;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.testsupport.UiTest;

/**
 * Import Translations in the workbench: the rows are checked against the editor's plan as it is
 * when the file has been read (a Chinese revised after the export is refused), the good rows are
 * one command on the editor's stack, and the report dialog lists them.
 */
@UiTest
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ImportTranslationsTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private PlanEditor editor;

    @BeforeEach
    void open() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.closeAllEditors(false);
        PlatformUI.getWorkbench().showPerspective(PlanStudioPerspective.ID, window);
        new StartupPlanOpener(window).openLastPlan();
        processEvents();
        editor = (PlanEditor) page.getActiveEditor();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        processEvents();
    }

    @Test
    void goodRowsAreOneUndoStepOnTheEditorsStackAndAStaleRowIsRefused() throws Exception {
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        List<PlanText> tasks = PlanTexts.all(editor.getPlan()).stream()
                .filter(t -> t.elementKind().equals("KeyTask") && t.field().equals("title")).limit(2).toList();
        for (PlanText task : tasks) {
            stack.execute(SetCommand.create(editor.getEditingDomain(), task.text(), PlanPackage.Literals.LOCALIZED_TEXT__ZH,
                    task.zh() + "（修订）"));
        }
        Path file = folder.resolve("译文.xlsx");
        assertEquals(2, TranslationExport.write(editor.getPlan(), PlanTexts.needingTranslation(editor.getPlan()), file,
                Locale.CHINESE));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    row.getCell(5).setCellValue("Revised title " + row.getRowNum());
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        // The office revises the first title again while the translator works.
        PlanText first = tasks.get(0);
        stack.execute(SetCommand.create(editor.getEditingDomain(), first.text(), PlanPackage.Literals.LOCALIZED_TEXT__ZH,
                first.zh() + "，再改"));

        TranslationImportResult result = ImportHandler.apply(editor.getSite().getShell(), editor, TranslationFile.read(file))
                .orElseThrow();
        assertEquals(1, result.report().imported());
        assertEquals(RowResult.Outcome.STALE, result.report().refusedRows().get(0).outcome());
        assertEquals(TranslationState.STALE, first.state());
        PlanText second = tasks.get(1);
        assertEquals(TranslationState.CURRENT, second.state());
        assertEquals("Revised title 2", second.en().orElseThrow());

        ReportDialog dialog = new ReportDialog(editor.getSite().getShell(), result);
        dialog.setBlockOnOpen(false);
        dialog.open();
        processEvents();
        assertTrue(dialog.getShell().getText().length() > 0);
        dialog.close();

        stack.undo();
        processEvents();
        assertEquals(TranslationState.STALE, second.state(), "one Undo takes the import back");
        assertTrue(first.zh().endsWith("，再改"), "and only the import");
        assertFalse(second.en().orElseThrow().startsWith("Revised title"));
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain asyncExecs as the event loop would
        }
    }
}
