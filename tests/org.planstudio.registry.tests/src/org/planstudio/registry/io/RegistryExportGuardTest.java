package org.planstudio.registry.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.text.Texts;
import org.planstudio.registry.RegistryTestPlans;

/** Registry CSV export neutralises formula-like text as the report CSVs do, and imports it back as written. */
class RegistryExportGuardTest {

    private static final List<String> FORMULAS = List.of("=cmd|' /C calc'!A0", "+SUM(A1)", "@foo", "-2+3");

    @TempDir
    Path dir;

    @Test
    void formulaLikeNamesAreQuotedAndImportBackUnchanged() throws Exception {
        Plan plan = RegistryTestPlans.plan();
        for (int i = 0; i < FORMULAS.size(); i++) {
            Platform platform = PlanFactory.eINSTANCE.createPlatform();
            platform.setId("guard-" + i);
            platform.setName(Texts.of(FORMULAS.get(i)));
            platform.setType("joint_research_centre");
            platform.setStatus(ItemStatus.ACTIVE);
            plan.getPlatforms().add(platform);
        }
        StringBuilder csv = new StringBuilder();
        RegistryExport.write(plan, RegistryKind.PLATFORM, csv, Locale.ENGLISH);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.toString())).getRecords();
        int name = records.get(0).toList().indexOf(RegistryColumn.NAME_ZH.header(Locale.ENGLISH));
        List<String> written = records.stream().skip(1).map(r -> r.get(name)).filter(n -> n.startsWith("'")).toList();
        assertEquals(FORMULAS.stream().map(f -> "'" + f).toList(), written, csv.toString());
        for (CSVRecord record : records) {
            for (String cell : record) {
                assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, "unguarded cell " + cell);
            }
        }

        Path file = Files.writeString(dir.resolve("export.csv"), csv.toString().replace("guard-", "again-"));
        Plan target = RegistryTestPlans.plan();
        ImportResult result = RegistryImport.into(target).mode(ImportMode.GOOD_ROWS).read(file);
        Fixtures.execute(result);
        List<String> names = target.getPlatforms().stream().filter(p -> p.getId().startsWith("again-"))
                .map(p -> Texts.zh(p.getName()).orElse("")).toList();
        assertEquals(FORMULAS, names, result.report().toString());
    }
}
