package org.planstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;

/** planstudio import-doc: the seed's text as a new plan, areas given on the command line; bad input refused. */
class ImportDocCommandTest {

    @TempDir
    Path folder;

    @Test
    void theSeedBecomesANewPlanWithTheAreasGiven() throws Exception {
        Path db = folder.resolve("db");
        CliRun run = CliRun.run(db, "import-doc", seed().toString(), "--id", "bri-doc", "--area-of", "3=2,4=2,5=2",
                "--area-of=6=2", "--area-of", "7=2", "--area-of", "8=3,9=3,10=3,11=3,12=3");
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("created plan bri-doc (revision 1): 3 principles, 1 goals with 3 indicators, "
                + "3 task areas, 12 key tasks, 3 safeguards, 4 basis documents, 4 consultations"), run.out());
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(db))) {
            Plan plan = store.loadLatest("bri-doc").orElseThrow().plan();
            assertEquals(List.of(2, 5, 5), plan.getTaskAreas().stream().map(a -> a.getTasks().size()).collect(Collectors.toList()));
        }
        CliRun again = CliRun.run(db, Locale.SIMPLIFIED_CHINESE, "import-doc", seed().toString(), "--id", "bri-doc");
        assertEquals(ExitCode.USAGE, again.exitCode(), again.toString());
        assertTrue(again.err().contains("数据库中已有编号为“bri-doc”的规划"), again.err());
    }

    @Test
    void badInputGetsItsExitCode() throws Exception {
        Path db = folder.resolve("db");
        Path broken = Files.write(folder.resolve("broken.docx"), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
        CliRun damaged = CliRun.run(db, "import-doc", broken.toString(), "--id", "x");
        assertEquals(ExitCode.CORRUPT_INPUT, damaged.exitCode(), damaged.toString());
        assertTrue(damaged.err().contains("broken.docx: the Word document is damaged"), damaged.err());
        assertEquals(ExitCode.PLAN_NOT_FOUND, CliRun.run(db, "import-doc", folder.resolve("none.docx").toString(), "--id", "x").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.run(db, "import-doc", seed().toString()).exitCode(), "--id is required");
        CliRun badArea = CliRun.run(db, "import-doc", seed().toString(), "--id", "y", "--area-of", "13=1");
        assertEquals(ExitCode.USAGE, badArea.exitCode(), badArea.toString());
        assertTrue(badArea.err().contains("a task from 1 to 12 and an area from 1 to 3"), badArea.err());
    }

    private Path seed() throws Exception {
        Path file = folder.resolve("起草说明.txt");
        if (!Files.exists(file)) {
            Bundle samples = Arrays.stream(FrameworkUtil.getBundle(PlanStudioCli.class).getBundleContext().getBundles())
                    .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
            try (InputStream in = samples.getEntry("documents/drafting-explanation.txt").openStream()) {
                Files.copy(in, file);
            }
        }
        return file;
    }
}
