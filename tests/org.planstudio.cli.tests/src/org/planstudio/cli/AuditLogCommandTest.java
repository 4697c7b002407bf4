package org.planstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.walk.PlanQueries;

/** {@code planstudio audit log}: the field-level history of the sample plan after an edited import. */
class AuditLogCommandTest {

    private static final String TASK = "bj-bri-2024.task.04";

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void twoRevisions() throws Exception {
        db = dir.resolve("db");
        Path sample = SamplePlanFile.copyTo(dir);
        assertEquals(ExitCode.OK, CliRun.run(db, "import", sample.toString()).exitCode());
        Plan plan = PlanResources.load(sample);
        ((KeyTask) PlanQueries.find(plan, TASK).orElseThrow()).getTitle().setZh("深化医药健康产业创新合作");
        Path edited = dir.resolve("edited.plan");
        PlanResources.save(plan, edited);
        assertEquals(ExitCode.OK, CliRun.run(db, "import", edited.toString()).exitCode());
    }

    @Test
    void listsAnElementsChangesNewestFirstOneLineEach() {
        CliRun run = CliRun.run(db, "audit", "log", "--plan", "bj-bri-2024", "--element", TASK);
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        String[] newest = lines.get(0).split("\t");
        assertEquals("r2", newest[2]);
        assertEquals("title[zh]", newest[4]);
        assertEquals("加强医药健康产业创新合作", newest[5]);
        assertEquals("深化医药健康产业创新合作", newest[6]);
        assertEquals("r1", lines.get(1).split("\t")[2]);
        assertEquals("(created)", lines.get(1).split("\t")[4]);
    }

    @Test
    void filtersByPersonAndLimitsAndRefusesABadLimit() {
        CliRun nobody = CliRun.run(db, "audit", "log", "--plan", "bj-bri-2024", "--user", "nobody");
        assertEquals(ExitCode.OK, nobody.exitCode(), nobody.toString());
        assertTrue(nobody.out().isBlank(), nobody.out());
        assertTrue(nobody.err().contains("no recorded changes of plan bj-bri-2024"), nobody.err());
        CliRun three = CliRun.run(db, "audit", "log", "--plan", "bj-bri-2024", "--limit", "3");
        assertEquals(3, three.out().lines().count(), three.out());
        CliRun bad = CliRun.run(db, "audit", "log", "--plan", "bj-bri-2024", "--limit", "many");
        assertEquals(ExitCode.USAGE, bad.exitCode(), bad.toString());
        CliRun noPlan = CliRun.run(db, "audit", "log");
        assertEquals(ExitCode.USAGE, noPlan.exitCode(), noPlan.toString());
    }
}
