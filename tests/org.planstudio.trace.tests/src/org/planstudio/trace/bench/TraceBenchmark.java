package org.planstudio.trace.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.planstudio.model.plan.Plan;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.trace.bench.PlainJdbcRead.Rows;
import org.planstudio.trace.synthetic.DataSetGenerator;

/**
 * Measures, in one run on one data set: (a) every indicator's progress and the full gap analysis
 * over all plans in memory, and (b) a plain JDBC read of the same rows from Derby, after storing
 * the plans through {@link PlanStore}; also the store's own save and load. Not a test: it prints
 * figures. Arguments as {@code name=value}: seed, plans, tasks, items, links, runs, asOf, and db
 * (default a new temporary folder; an existing one from an earlier run with the same data set is
 * read without saving again).
 */
public final class TraceBenchmark {

    record Options(long seed, int plans, int tasks, int items, int links, int runs, Path db, LocalDate asOf) {

        static Options parse(String... args) throws java.io.IOException {
            Map<String, String> given = new java.util.HashMap<>();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("expected name=value: " + arg);
                }
                given.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
            Path db = given.containsKey("db") ? Path.of(given.get("db"))
                    : Files.createTempDirectory("planstudio-bench").resolve("db");
            return new Options(Long.parseLong(given.getOrDefault("seed", "20240601")),
                    Integer.parseInt(given.getOrDefault("plans", "" + DataSetGenerator.CITY_PLANS)),
                    Integer.parseInt(given.getOrDefault("tasks", "" + DataSetGenerator.CITY_TASKS_PER_PLAN)),
                    Integer.parseInt(given.getOrDefault("items", "" + DataSetGenerator.CITY_ITEMS)),
                    Integer.parseInt(given.getOrDefault("links", "" + DataSetGenerator.CITY_LINKS)),
                    Integer.parseInt(given.getOrDefault("runs", "5")), db,
                    LocalDate.parse(given.getOrDefault("asOf", "2026-06-30")));
        }
    }

    record Report(Options options, long itemsGenerated, long linksGenerated, double generateMs,
            AnalysisPass.Result analysis, Timings sequential, Timings parallel, double saveMs, Timings jdbc, Rows rows,
            double loadMs) {
    }

    private TraceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Report report = run(Options.parse(args));
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println(BenchReport.markdown(report));
    }

    // On stderr, so that stdout is only the report; a city-scale save takes minutes.
    private static void progress(String format, Object... args) {
        System.err.println("bench: " + String.format(java.util.Locale.ROOT, format, args));
    }

    static Report run(Options o) throws Exception {
        long t = System.nanoTime();
        List<Plan> plans = DataSetGenerator.generate(o.seed(), o.plans(), o.tasks(), o.items(), o.links());
        double generateMs = (System.nanoTime() - t) / 1e6;
        progress("generated %d plans in %.0f ms", plans.size(), generateMs);
        long items = plans.stream().mapToLong(p -> p.getPlatforms().size() + p.getJointProjects().size()
                + p.getInnovationEntities().size() + p.getExperts().size()).sum();
        long links = plans.stream().mapToLong(p -> p.getTraceLinks().size()).sum();

        Timings sequential = new Timings();
        AnalysisPass.Result analysis = null;
        for (int run = 0; run < o.runs(); run++) {
            t = System.nanoTime();
            analysis = AnalysisPass.sequential(plans, o.asOf());
            sequential.add(System.nanoTime() - t);
        }
        progress("progress + gaps, one thread: median %.0f ms", sequential.medianMs());
        Timings parallel = new Timings();
        for (int run = 0; run < o.runs(); run++) {
            t = System.nanoTime();
            AnalysisPass.parallel(plans, o.asOf());
            parallel.add(System.nanoTime() - t);
        }

        // A database left by an earlier run of the same data set is read again rather than refilled.
        double saveMs = Double.NaN;
        if (Files.exists(o.db())) {
            progress("reusing the data set stored in %s", o.db());
        } else {
            t = System.nanoTime();
            try (PlanStore store = PlanStore.open(StoreConfig.embedded(o.db()))) {
                for (Plan plan : plans) {
                    store.save(plan, 0, "bench", "generated");
                }
            }
            saveMs = (System.nanoTime() - t) / 1e6;
            progress("saved through PlanStore in %.0f ms", saveMs);
        }

        Timings jdbc = new Timings();
        Rows rows = null;
        try (PlainJdbcRead read = new PlainJdbcRead(o.db())) {
            for (int run = 0; run < o.runs(); run++) {
                t = System.nanoTime();
                rows = read.read();
                jdbc.add(System.nanoTime() - t);
            }
        }

        progress("plain JDBC read: median %.0f ms", jdbc.medianMs());
        t = System.nanoTime();
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(o.db()))) {
            for (Plan plan : plans) {
                store.loadLatest(plan.getId()).orElseThrow();
            }
        }
        double loadMs = (System.nanoTime() - t) / 1e6;
        return new Report(o, items, links, generateMs, analysis, sequential, parallel, saveMs, jdbc, rows, loadMs);
    }
}
