package org.planstudio.translation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.TranslationState;
import org.planstudio.registry.io.ImportFileException;
import org.planstudio.translation.PlanTexts;
import org.planstudio.translation.TestPlans;

/** Export for a translator, the translator's work done with POI, import back. */
class TranslationRoundTripTest {

    @TempDir
    Path folder;

    private final Plan plan = TestPlans.plan();

    private Path export() throws Exception {
        Path file = folder.resolve("译文.xlsx");
        assertEquals(4, TranslationExport.write(plan, PlanTexts.needingTranslation(plan), file, Locale.CHINESE));
        return file;
    }

    /** Types English into the new-English column of the rows of these texts (element id + "#" + field). */
    private static void translate(Path file, Map<String, String> english) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        XSSFSheet sheet = workbook.getSheetAt(0);
        for (Row row : sheet) {
            String key = row.getCell(TranslationColumn.ID.ordinal()).getStringCellValue() + "#"
                    + row.getCell(TranslationColumn.FIELD.ordinal()).getStringCellValue();
            if (english.containsKey(key)) {
                row.getCell(TranslationColumn.NEW_ENGLISH.ordinal()).setCellValue(english.get(key));
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }

    private static Row rowOf(XSSFSheet sheet, String key) {
        for (Row row : sheet) {
            if (key.equals(row.getCell(TranslationColumn.ID.ordinal()).getStringCellValue() + "#"
                    + row.getCell(TranslationColumn.FIELD.ordinal()).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + key);
    }

    private TranslationImportResult importFile(Path file) throws ImportFileException {
        return TranslationImport.check(plan, TranslationFile.read(file), null);
    }

    @Test
    void theWorkbookHasABilingualHeaderLockedKeysAndAHiddenDigest() throws Exception {
        Path file = export();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals("编号 / Id", header.getCell(0).getStringCellValue());
            assertEquals("新英文译文 / New English", header.getCell(5).getStringCellValue());
            assertTrue(sheet.getProtect(), "the sheet is protected");
            assertTrue(sheet.isColumnHidden(TranslationColumn.DIGEST.ordinal()));
            Row task3 = rowOf(sheet, "task-3#title");
            assertEquals("task-3", task3.getCell(0).getStringCellValue());
            assertEquals("培养青年科技人才", task3.getCell(TranslationColumn.CHINESE.ordinal()).getStringCellValue());
            assertEquals("Train young scientists", task3.getCell(TranslationColumn.ENGLISH.ordinal()).getStringCellValue());
            assertEquals("已过时", task3.getCell(TranslationColumn.STATUS.ordinal()).getStringCellValue());
            assertTrue(task3.getCell(TranslationColumn.CHINESE.ordinal()).getCellStyle().getLocked());
            assertFalse(task3.getCell(TranslationColumn.NEW_ENGLISH.ordinal()).getCellStyle().getLocked());
            assertEquals("plan-t", workbook.getProperties().getCustomProperties()
                    .getProperty(TranslationExport.PLAN_PROPERTY).getLpwstr());
        }
    }

    @Test
    void translatedRowsImportAsOneUndoableCommand() throws Exception {
        Path file = export();
        translate(file, Map.of("task-2#title", "Carry out joint R&D projects", "task-3#title", "Train young S&T talent",
                "ind-1#countingRule.description", "=counts platforms in operation"));
        TranslationImportResult result = importFile(file);
        TranslationImportReport report = result.report();
        assertEquals(4, report.rows().size());
        assertEquals(3, report.imported());
        assertEquals(0, report.refused());
        assertEquals(1, report.skipped(), "area-1 was left untranslated");
        Plan before = EcoreUtil.copy(plan);

        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(result.command().orElseThrow());
        assertEquals(TranslationState.CURRENT, PlanTexts.find(plan, "task-3", "title").orElseThrow().state());
        assertEquals("Train young S&T talent", PlanTexts.find(plan, "task-3", "title").orElseThrow().en().orElseThrow());
        assertEquals("=counts platforms in operation",
                PlanTexts.find(plan, "ind-1", "countingRule.description").orElseThrow().en().orElseThrow(),
                "a formula-like text comes back as typed");
        assertEquals(6, PlanTexts.figure(plan).translated());

        assertTrue(stack.canUndo());
        stack.undo();
        assertTrue(EcoreUtil.equals(before, plan), "one undo takes the whole import back");
        assertFalse(stack.canUndo());
    }

    @Test
    void aRowWhoseChineseChangedAfterTheExportIsRefusedAsStale() throws Exception {
        Path file = export();
        translate(file, Map.of("task-2#title", "Carry out joint R&D projects", "area-1#title", "S&T cooperation"));
        KeyTask task2 = plan.getTaskAreas().get(0).getTasks().get(1);
        task2.getTitle().setZh("开展一批联合研发项目");

        TranslationImportReport report = importFile(file).report();
        List<RowResult> refused = report.refusedRows();
        assertEquals(1, refused.size());
        RowResult stale = refused.get(0);
        assertEquals(RowResult.Outcome.STALE, stale.outcome());
        assertEquals("task-2", stale.elementId());
        assertEquals(TestPlans.TASK_2_TITLE, stale.chineseInFile());
        assertEquals("开展一批联合研发项目", stale.chineseNow());
        assertEquals(4, stale.row(), "header, the description, area 1, then task 2");
        assertTrue(stale.message(Locale.CHINESE).contains("导出后中文已改"), stale.message(Locale.CHINESE));
        assertTrue(stale.message(Locale.ENGLISH).startsWith("Row 4 (task-2, title): refused"), stale.toString());
        assertEquals(1, report.imported(), "the good row is still imported");
    }

    @Test
    void aRowOfADeletedElementIsRefused() throws Exception {
        Path file = export();
        translate(file, Map.of("task-2#title", "Carry out joint R&D projects", "task-3#title", "Train young S&T talent"));
        EcoreUtil.remove(plan.getTaskAreas().get(0).getTasks().get(1));

        TranslationImportResult result = importFile(file);
        Map<String, RowResult.Outcome> outcomes = result.report().rows().stream()
                .collect(Collectors.toMap(r -> r.elementId() + "#" + r.field(), RowResult::outcome));
        assertEquals(RowResult.Outcome.ELEMENT_GONE, outcomes.get("task-2#title"));
        assertEquals(RowResult.Outcome.IMPORTED, outcomes.get("task-3#title"));
        new BasicCommandStack().execute(result.command().orElseThrow());
        assertEquals(TranslationState.CURRENT, PlanTexts.find(plan, "task-3", "title").orElseThrow().state());
    }

    @Test
    void editedChineseInTheFileAFieldGoneAndDuplicatesAreRefused() throws Exception {
        Path file = export();
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        XSSFSheet sheet = workbook.getSheetAt(0);
        Row area = rowOf(sheet, "area-1#title");
        Row task2 = rowOf(sheet, "task-2#title");
        Row task3 = rowOf(sheet, "task-3#title");
        Row rule = rowOf(sheet, "ind-1#countingRule.description");
        // The translator "improved" the Chinese of area 1 before translating it.
        area.getCell(TranslationColumn.CHINESE.ordinal()).setCellValue("国际科技合作");
        area.getCell(TranslationColumn.NEW_ENGLISH.ordinal()).setCellValue("International S&T cooperation");
        task2.getCell(TranslationColumn.NEW_ENGLISH.ordinal()).setCellValue("Joint R&D projects");
        rule.getCell(TranslationColumn.NEW_ENGLISH.ordinal()).setCellValue("Counts platforms in operation");
        // A copy of task 2's row below the others.
        Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < TranslationColumn.values().length; i++) {
            copy.createCell(i).setCellValue(task2.getCell(i).getStringCellValue());
        }
        int areaRow = area.getRowNum() + 1;
        int task2Row = task2.getRowNum() + 1;
        int task3Row = task3.getRowNum() + 1;
        int ruleRow = rule.getRowNum() + 1;
        int copyRow = copy.getRowNum() + 1;
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        plan.getGoals().get(0).getIndicators().get(0).getCountingRule().setDescription(null);

        Map<Integer, RowResult.Outcome> outcomes = importFile(file).report().rows().stream()
                .collect(Collectors.toMap(RowResult::row, RowResult::outcome));
        assertEquals(RowResult.Outcome.CHINESE_EDITED, outcomes.get(areaRow));
        assertEquals(RowResult.Outcome.IMPORTED, outcomes.get(task2Row));
        assertEquals(RowResult.Outcome.NOT_TRANSLATED, outcomes.get(task3Row));
        assertEquals(RowResult.Outcome.FIELD_GONE, outcomes.get(ruleRow), "the description was deleted");
        assertEquals(RowResult.Outcome.DUPLICATE, outcomes.get(copyRow));
    }

    @Test
    void aWorkbookOfAnotherPlanImportsNothing() throws Exception {
        Path file = export();
        translate(file, Map.of("task-2#title", "Carry out joint R&D projects"));
        plan.setId("plan-other");
        TranslationImportResult result = importFile(file);
        assertEquals("plan-t", result.report().otherPlan().orElseThrow());
        assertTrue(result.command().isEmpty());
        assertTrue(result.report().summary(Locale.ENGLISH).contains("exported from plan plan-t"));
    }

    @Test
    void filesThatAreNotTranslatorWorkbooksAreRefusedWithTheirReason() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.xlsx"), "id,field\n");
        assertEquals(ImportFileException.Problem.UNSUPPORTED_FORMAT,
                assertThrows(ImportFileException.class, () -> TranslationFile.read(text)).problem());
        Path other = folder.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
            workbook.createSheet("x").createRow(0).createCell(0).setCellValue("编号 / Id");
            workbook.write(out);
        }
        ImportFileException missing = assertThrows(ImportFileException.class, () -> TranslationFile.read(other));
        assertEquals(ImportFileException.Problem.MISSING_COLUMNS, missing.problem());
        assertTrue(missing.detail().contains("New English"), missing.detail());
        assertEquals(ImportFileException.Problem.NOT_FOUND,
                assertThrows(ImportFileException.class, () -> TranslationFile.read(folder.resolve("gone.xlsx"))).problem());
    }
}
