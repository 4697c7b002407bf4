package org.planstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;

/**
 * The two-division scenario on the command line: the drafting office exports the plan, two
 * divisions change their copies, both import; edits to different tasks both survive, edits to the
 * same field stop the second import with exit code 7 and write nothing.
 */
class MergingImportTest {

    @TempDir
    Path dir;

    private Path db;
    private String planId;

    @BeforeEach
    void importAndExport() throws Exception {
        db = dir.resolve("db");
        Path sample = SamplePlanFile.copyTo(dir);
        assertEquals(ExitCode.OK, CliRun.run(db, "import", sample.toString()).exitCode());
        planId = PlanResources.load(sample).getId();
    }

    @Test
    void editsToDifferentTasksBothSurvive() throws Exception {
        Path it = copy("it.plan", p -> task(p, 3).getTitle().setZh("信息化处修改的任务三"));
        Path health = copy("health.plan", p -> task(p, 4).getTitle().setZh("卫生处修改的任务四"));

        CliRun first = CliRun.run(db, "import", it.toString());
        CliRun second = CliRun.run(db, "import", health.toString());

        assertEquals(ExitCode.OK, first.exitCode(), first.toString());
        assertEquals(ExitCode.OK, second.exitCode(), second.toString());
        assertTrue(second.out().contains("merged onto revision 2"), second.toString());
        Plan latest = latest(3);
        assertEquals("信息化处修改的任务三", task(latest, 3).getTitle().getZh());
        assertEquals("卫生处修改的任务四", task(latest, 4).getTitle().getZh());
    }

    @Test
    void conflictingEditsExit7ListTheConflictAndWriteNothing() throws Exception {
        Path it = copy("it.plan", p -> task(p, 3).getTitle().setZh("信息化处的标题"));
        Path health = copy("health.plan", p -> task(p, 3).getTitle().setZh("卫生处的标题"));
        assertEquals(ExitCode.OK, CliRun.run(db, "import", it.toString()).exitCode());

        CliRun refused = CliRun.run(db, "import", health.toString());

        assertEquals(ExitCode.MERGE_CONFLICT, refused.exitCode(), refused.toString());
        assertEquals(7, refused.exitCode().code());
        assertTrue(refused.err().contains("title.zh"), refused.err());
        assertTrue(refused.err().contains("信息化处的标题") && refused.err().contains("卫生处的标题"), refused.err());
        assertEquals("信息化处的标题", task(latest(2), 3).getTitle().getZh());

        CliRun theirs = CliRun.run(db, "import", "--on-conflict", "theirs", health.toString());
        assertEquals(ExitCode.OK, theirs.exitCode(), theirs.toString());
        assertEquals("信息化处的标题", task(latest(3), 3).getTitle().getZh());
        CliRun mine = CliRun.run(db, "import", "--on-conflict=mine", health.toString());
        assertEquals(ExitCode.OK, mine.exitCode(), mine.toString());
        assertEquals("卫生处的标题", task(latest(4), 3).getTitle().getZh());
    }

    @Test
    void badPolicyIsAUsageError() {
        CliRun run = CliRun.run(db, "import", "--on-conflict", "maybe", "x.plan");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("fail, mine, theirs"), run.err());
    }

    @Test
    void fileWithoutBaseRevisionReplacesWithAWarning() throws Exception {
        Path byHand = dir.resolve("by-hand.plan");
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(db))) {
            PlanResources.save(store.loadLatest(planId).orElseThrow().plan(), byHand);
        }
        CliRun run = CliRun.run(db, "import", "--quiet", byHand.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.err().contains("warning: by-hand.plan does not record the revision"), run.err());
    }

    private static KeyTask task(Plan plan, int index) {
        return plan.getTaskAreas().stream().flatMap(a -> a.getTasks().stream()).skip(index - 1).findFirst()
                .orElseThrow();
    }

    private Plan latest(int expectedRevision) throws Exception {
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(db))) {
            assertEquals(expectedRevision, store.revisions(planId).size());
            return store.loadLatest(planId).orElseThrow().plan();
        }
    }

    /** An export of revision 1, changed as a division would: the export's header line is kept. */
    private Path copy(String name, Consumer<Plan> edit) throws Exception {
        Path file = dir.resolve(name);
        assertEquals(ExitCode.OK,
                CliRun.run(db, "export", "--plan", planId, "--revision", "1", "--out", file.toString()).exitCode());
        String original = Files.readString(file, StandardCharsets.UTF_8);
        String header = original.substring(0, original.indexOf("?>", original.indexOf("<?planstudio-export")) + 2);
        Plan plan = PlanResources.load(file);
        edit.accept(plan);
        String body = new String(PlanResources.toBytes(plan), StandardCharsets.UTF_8);
        Files.writeString(file, header + body.substring(body.indexOf("?>") + 2), StandardCharsets.UTF_8);
        return file;
    }
}
