package org.planstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.cli.fuzz.PlanMutations;
import org.planstudio.model.check.PlanValidator;
import org.planstudio.model.io.PlanResources;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;

/**
 * The fuzz harness for .plan files: seeded mutations of the sample plan through
 * {@code planstudio import} and {@code report --plan FILE}. Every case must end as accepted and
 * valid (readable, reportable and exportable afterwards) or refused with exit code 4 and the
 * database unchanged; no crash, no hang. CI runs {@value #CI_CASES} cases; a large run by hand
 * sets {@code PLANSTUDIO_FUZZ_CASES} (see docs/fuzz.md). Figures go to target/fuzz/.
 */
@Timeout(3600)
class PlanFuzzTest {

    private static final int CI_CASES = 120;
    /** Far beyond any real parse; a case that takes this long has hung. */
    private static final long HANG_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void mutatedPlansAreAcceptedValidOrRefusedWithExit4() throws Exception {
        int cases = size("planstudio.fuzz.cases", "PLANSTUDIO_FUZZ_CASES", CI_CASES);
        long firstSeed = Long.getLong("planstudio.fuzz.seed", 1L);
        Path db = dir.resolve("db");
        Path sampleFile = SamplePlanFile.copyTo(dir);
        assertEquals(ExitCode.OK, CliRun.run(db, "import", sampleFile.toString()).exitCode());
        PlanMutations mutations = new PlanMutations(Files.readString(sampleFile, StandardCharsets.UTF_8));
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Instant start = Instant.now();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            for (long seed = firstSeed; seed < firstSeed + cases; seed++) {
                PlanMutations.Case mutated = mutations.next(seed);
                String outcome = run(mutated, db, worker);
                outcomes.merge(outcome, 1, Integer::sum);
                outcomes.merge(mutated.kind() + " " + outcome, 1, Integer::sum);
                if (!outcome.equals("accepted-valid") && !outcome.equals("refused-exit-4")) {
                    failures.add("seed " + seed + " (" + mutated.kind() + "): " + outcome);
                    if (outcome.equals("hang")) {
                        break;
                    }
                }
            }
        } finally {
            worker.shutdownNow();
        }
        writeFigures(cases, firstSeed, outcomes, failures, Duration.between(start, Instant.now()));
        assertEquals(List.of(), failures);
    }

    /** A system property or, because Tycho's test JVM inherits the environment, an environment variable. */
    static int size(String property, String variable, int otherwise) {
        String value = System.getProperty(property, System.getenv(variable));
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
    }

    private String run(PlanMutations.Case mutated, Path db, ExecutorService worker) throws Exception {
        Path file = Files.write(dir.resolve("case-" + mutated.seed() + ".plan"), mutated.bytes());
        String before = state(db);
        Future<CliRun[]> runs = worker.submit(() -> new CliRun[] {CliRun.run(db, "import", file.toString()),
            CliRun.run(db, "report", "--plan", file.toString(), "--type", "gaps", "--out",
                    dir.resolve("r.csv").toString(), "--quiet")});
        CliRun[] done;
        try {
            done = runs.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            runs.cancel(true);
            return "hang";
        }
        CliRun imported = done[0];
        CliRun report = done[1];
        if (imported.exitCode() == ExitCode.CORRUPT_INPUT) {
            if (!state(db).equals(before)) {
                return "database-changed-on-refusal";
            }
            if (report.exitCode() != ExitCode.CORRUPT_INPUT || !imported.err().contains(file.getFileName().toString())) {
                return "refusal-inconsistent: report " + report.exitCode() + " / " + imported.err();
            }
            Files.delete(file);
            return "refused-exit-4";
        }
        if (imported.exitCode() == ExitCode.OK) {
            return acceptedOutcome(file, db, report);
        }
        return "other exit " + imported.exitCode() + ": " + imported.err().lines().findFirst().orElse("");
    }

    // Accepted means the validator agrees, and what was stored reads, validates, reports and exports.
    private String acceptedOutcome(Path file, Path db, CliRun report) throws Exception {
        if (report.exitCode() != ExitCode.OK) {
            return "accepted-but-report-failed " + report.exitCode();
        }
        try {
            PlanResources.loadChecked(file);
            try (PlanStore store = PlanStore.open(StoreConfig.embedded(db))) {
                for (PlanInfo plan : store.listPlans()) {
                    if (!PlanValidator.validate(store.loadLatest(plan.id()).orElseThrow().plan()).isEmpty()) {
                        return "accepted-invalid (stored plan " + plan.id() + ")";
                    }
                }
            }
        } catch (Exception e) {
            return "accepted-invalid: " + e;
        }
        CliRun export = CliRun.run(db, "export", "--plan", "bj-bri-2024", "--out", dir.resolve("back.plan").toString(),
                "--quiet");
        CliRun progress = CliRun.run(db, "report", "--plan", "bj-bri-2024", "--type", "progress", "--out",
                dir.resolve("p.html").toString(), "--quiet");
        Files.delete(file);
        return export.exitCode() == ExitCode.OK && progress.exitCode() == ExitCode.OK ? "accepted-valid"
                : "accepted-unreadable " + export.exitCode() + "/" + progress.exitCode();
    }

    private static String state(Path db) throws Exception {
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(db))) {
            StringBuilder state = new StringBuilder();
            for (PlanInfo plan : store.listPlans()) {
                state.append(plan.id()).append(':').append(store.revisions(plan.id()).size()).append(' ');
            }
            return state.append("audit ").append(store.auditLog(1_000_000).size()).toString();
        }
    }

    private static void writeFigures(int cases, long seed, Map<String, Integer> outcomes, List<String> failures,
            Duration time) throws Exception {
        Path out = Path.of(System.getProperty("planstudio.fuzz.out", "target/fuzz")).resolve("plan-fuzz.txt");
        Files.createDirectories(out.getParent());
        StringBuilder text = new StringBuilder("plan fuzz: ").append(cases).append(" cases from seed ").append(seed)
                .append(", ").append(time.toSeconds()).append(" s, ").append(Runtime.getRuntime().availableProcessors())
                .append(" processors, Java ").append(System.getProperty("java.version")).append('\n');
        outcomes.forEach((k, v) -> text.append(k).append('\t').append(v).append('\n'));
        failures.forEach(f -> text.append("FAILED ").append(f).append('\n'));
        Files.writeString(out, text);
        System.out.print(text);
    }
}
