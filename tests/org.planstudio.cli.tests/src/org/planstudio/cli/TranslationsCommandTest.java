package org.planstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.TranslationState;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoredPlan;
import org.planstudio.translation.PlanText;
import org.planstudio.translation.PlanTexts;

/** planstudio translations export / import on the sample plan, with a row made stale in between. */
class TranslationsCommandTest {

    @TempDir
    Path folder;

    @Test
    void exportTranslateImportSavesTheGoodRowsAndRefusesTheStaleOne() throws Exception {
        Path db = folder.resolve("db");
        CliRun imported = CliRun.run(db, "import", SamplePlanFile.copyTo(folder).toString());
        assertEquals(ExitCode.OK, imported.exitCode(), imported.toString());
        String plan = planId(db);
        // The sample is translated throughout: the office revises three texts, so their English is outdated.
        List<String> revised;
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(db))) {
            StoredPlan stored = store.loadLatest(plan).orElseThrow();
            List<PlanText> tasks = PlanTexts.all(stored.plan()).stream()
                    .filter(t -> t.elementKind().equals("KeyTask") && t.field().equals("title")).limit(3).toList();
            tasks.forEach(t -> t.text().setZh(t.zh() + "（修订）"));
            revised = tasks.stream().map(PlanText::key).toList();
            store.save(stored.plan(), stored.revision().revision(), "office", "three titles revised");
        }
        Path file = folder.resolve("out/en.xlsx");
        CliRun export = CliRun.run(db, "translations", "export", "--plan", plan, "--out", file.toString());
        assertEquals(ExitCode.OK, export.exitCode(), export.toString());
        assertTrue(export.out().startsWith("3 texts written to " + file), export.out());

        // The translator fills every row; meanwhile the office changes the Chinese of the first one.
        String first;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            first = sheet.getRow(1).getCell(0).getStringCellValue() + "#" + sheet.getRow(1).getCell(1).getStringCellValue();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    row.getCell(5).setCellValue("English " + row.getRowNum());
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(db))) {
            StoredPlan stored = store.loadLatest(plan).orElseThrow();
            PlanText text = text(stored.plan(), first);
            text.text().setZh(text.zh() + "（修改）");
            store.save(stored.plan(), stored.revision().revision(), "office", "Chinese changed");
        }

        CliRun run = CliRun.run(db, "translations", "import", "--plan", plan, file.toString());
        assertEquals(ExitCode.ROWS_REFUSED, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Row 2 (" + first.replace("#", ", ")
                + "): refused: the Chinese changed after the export"), run.err());
        assertTrue(run.out().contains("3 rows read, 2 translations imported, 1 rows refused"), run.out());
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(db))) {
            StoredPlan latest = store.loadLatest(plan).orElseThrow();
            assertEquals(4, latest.revision().revision(), "import, titles revised, one revised again, translations");
            assertTrue(text(latest.plan(), first).state() != TranslationState.CURRENT, "the stale row was not set");
            assertEquals(List.of(first), PlanTexts.needingTranslation(latest.plan()).stream().map(PlanText::key).toList(),
                    "every other text is translated now");
            assertTrue(revised.contains(first));
        }

        CliRun missing = CliRun.run(db, Locale.ENGLISH, "translations", "import", "--plan", plan,
                folder.resolve("none.xlsx").toString());
        assertEquals(ExitCode.PLAN_NOT_FOUND, missing.exitCode(), missing.toString());
        assertEquals(ExitCode.USAGE, CliRun.run(db, "translations", "send").exitCode());
    }

    private static String planId(Path db) throws Exception {
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(db))) {
            return store.listPlans().get(0).id();
        }
    }

    private static PlanText text(Plan plan, String key) {
        String[] parts = key.split("#", 2);
        return PlanTexts.find(plan, parts[0], parts[1]).orElseThrow();
    }
}
