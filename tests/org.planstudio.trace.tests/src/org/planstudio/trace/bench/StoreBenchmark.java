package org.planstudio.trace.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.text.Texts;
import org.planstudio.store.PlanStore;
import org.planstudio.store.SaveSnapshot;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoredPlan;
import org.planstudio.store.internal.DerbyPlanStore;
import org.planstudio.trace.synthetic.DataSetGenerator;

/**
 * The store's speed targets (issue 9), each as a ratio measured in the same run: the save of one
 * edit, opening a plan against a plain JDBC read of the same rows, a bulk registry import against
 * a plain JDBC batch insert of the same rows, and the heap a loaded plan takes; beside the save of
 * one edit, the workbench's way of saving it (a snapshot on the UI thread, written by a job). Not a test: it
 * prints a Markdown table. Arguments as {@code name=value}: sizes (items:links,... default
 * 2000:10000,20000:100000; the bulk import is measured at the last), tasks (50), runs (7), seed.
 */
public final class StoreBenchmark {

    record Size(int items, int links) {
    }

    /**
     * Wall-clock and CPU time of the same runs. Derby runs embedded, in the calling thread, so the
     * thread's CPU time is the work itself; on a loaded machine it is the steadier figure.
     */
    record Step(Timings wall, Timings cpu) {

        Step() {
            this(new Timings(), new Timings());
        }

        <T> T time(Work<T> work) throws Exception {
            long cpu = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            T result = work.run();
            wall.add(System.nanoTime() - t);
            this.cpu.add(CPU.getCurrentThreadCpuTime() - cpu);
            return result;
        }
    }

    interface Work<T> {
        T run() throws Exception;
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /**
     * The workbench's save of one edit: {@code prepare} the UI thread's part ({@link
     * PlanStore#prepareSave}), {@code write} the save job's ({@link PlanStore#save(SaveSnapshot,
     * String, String)}); {@code fullCopy} what the UI thread paid before (and pays for a merge):
     * {@link PlanStore#prepareFullSave}, a copy of the whole plan.
     */
    record Workbench(Step prepare, Step write, Step fullCopy) {

        Workbench() {
            this(new Step(), new Step(), new Step());
        }
    }

    record Result(Size size, double firstSaveMs, Step editSave, Workbench workbench, Step open, Step jdbc,
            long rowsRead, long heapBytes, Step bulkImport, Step plainInsert) {
    }

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected name=value: " + arg);
            }
            given.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        long seed = Long.parseLong(given.getOrDefault("seed", "20240601"));
        if (given.containsKey("reuse")) {
            reuse(Path.of(given.get("reuse")), Integer.parseInt(given.getOrDefault("items", "20000")), seed,
                    Integer.parseInt(given.getOrDefault("tasks", "50")));
            return;
        }
        int tasks = Integer.parseInt(given.getOrDefault("tasks", "50"));
        int runs = Integer.parseInt(given.getOrDefault("runs", "7"));
        List<Result> results = new ArrayList<>();
        String[] sizes = given.getOrDefault("sizes", "2000:10000,20000:100000").split(",");
        for (int i = 0; i < sizes.length; i++) {
            String[] parts = sizes[i].split(":");
            // The bulk import target is about the largest size; measuring it at every size would double the run.
            results.add(run(new Size(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])), seed, tasks, runs,
                    i == sizes.length - 1));
        }
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println(markdown(results, runs));
    }

    private static void progress(String format, Object... args) {
        System.err.println("store-bench: " + String.format(Locale.ROOT, format, args));
    }

    static Result run(Size size, long seed, int tasks, int runs, boolean importToo) throws Exception {
        Path temp = Files.createTempDirectory("planstudio-store-bench");
        Plan generated = DataSetGenerator.generate(seed, 1, tasks, size.items(), size.links()).get(0);
        String planId = generated.getId();
        Path db = temp.resolve("db");
        double firstSaveMs;
        Step editSave = new Step();
        Workbench workbench = new Workbench();
        Step open = new Step();
        Step jdbc = new Step();
        long rowsRead = 0;
        long heapBytes;
        int latest;
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(db))) {
            long t = System.nanoTime();
            latest = store.save(generated, 0, "bench", "generated");
            firstSaveMs = (System.nanoTime() - t) / 1e6;
            progress("%s: first save %.0f ms", size, firstSaveMs);
            generated = null;
            long before = usedHeap();
            Plan plan = store.loadLatest(planId).orElseThrow().plan();
            heapBytes = usedHeap() - before;
            progress("%s: heap of the opened plan %.1f MB", size, heapBytes / 1048576.0);
            KeyTask task = firstTask(plan);
            for (int run = 0; run < runs; run++) {
                task.setTitle(Texts.of("编辑 " + run, "edit " + run));
                int base = latest;
                latest = editSave.time(() -> store.save(plan, base, "bench", "one edit"));
            }
            progress("%s: save of one edit median %.1f ms (CPU %.1f ms)", size, editSave.wall().medianMs(),
                    editSave.cpu().medianMs());
            for (int run = 0; run < runs; run++) {
                task.setTitle(Texts.of("工作台编辑 " + run, "workbench edit " + run));
                int base = latest;
                SaveSnapshot snapshot = workbench.prepare().time(() -> store.prepareSave(plan, base));
                latest = workbench.write().time(() -> store.save(snapshot, "bench", "one edit, workbench"));
                workbench.fullCopy().time(() -> store.prepareFullSave(plan, base + 1));
            }
            progress("%s: workbench-style save of one edit: UI thread %.2f ms (CPU %.2f), job %.1f ms (CPU %.1f);"
                    + " a full copy on the UI thread instead %.1f ms (CPU %.1f)", size,
                    workbench.prepare().wall().medianMs(), workbench.prepare().cpu().medianMs(),
                    workbench.write().wall().medianMs(), workbench.write().cpu().medianMs(),
                    workbench.fullCopy().wall().medianMs(), workbench.fullCopy().cpu().medianMs());
            if (store instanceof DerbyPlanStore derby) {
                progress("%s: %d of %d edit saves (plain and workbench-style) written from the plan's tracked changes",
                        size, derby.incrementalSaves(), 2 * runs);
            }
        }
        // Store and plain read alternate, each in its own database session, so that neither
        // profits from a cache the other warmed.
        int revision = latest;
        for (int run = 0; run < runs; run++) {
            try (PlanStore store = PlanStore.open(StoreConfig.embedded(db))) {
                StoredPlan loaded = open.time(() -> store.load(planId, revision));
                if (loaded.plan().getTraceLinks().isEmpty() && size.links() > 0) {
                    throw new IllegalStateException("loaded plan has no links");
                }
            }
            try (StoreRowsRead read = new StoreRowsRead(db)) {
                rowsRead = jdbc.time(() -> read.read(planId, revision));
            }
        }
        progress("%s: open median %.0f ms (CPU %.0f), plain read median %.0f ms (CPU %.0f)", size,
                open.wall().medianMs(), open.cpu().medianMs(), jdbc.wall().medianMs(), jdbc.cpu().medianMs());

        if (!importToo) {
            return new Result(size, firstSaveMs, editSave, workbench, open, jdbc, rowsRead, heapBytes, null, null);
        }
        Plan registryOnly = DataSetGenerator.generate(seed + 1, 1, tasks, size.items(), 0).get(0);
        List<RegistryItem> items = new ArrayList<>();
        items.addAll(registryOnly.getPlatforms());
        items.addAll(registryOnly.getJointProjects());
        items.addAll(registryOnly.getInnovationEntities());
        items.addAll(registryOnly.getExperts());
        Step plainInsert = new Step();
        try (PlainBatchInsert plain = new PlainBatchInsert(temp.resolve("plain"))) {
            plainInsert.time(() -> plain.insert(registryOnly.getId(), items));
        }
        Step bulkImport = new Step();
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(temp.resolve("import")))) {
            bulkImport.time(() -> store.save(registryOnly, 0, "bench", "bulk import"));
        }
        progress("%s: bulk import %.0f ms (CPU %.0f), plain batch insert %.0f ms (CPU %.0f)", size,
                bulkImport.wall().medianMs(), bulkImport.cpu().medianMs(), plainInsert.wall().medianMs(),
                plainInsert.cpu().medianMs());
        return new Result(size, firstSaveMs, editSave, workbench, open, jdbc, rowsRead, heapBytes, bulkImport,
                plainInsert);
    }

    /**
     * Again on a database a run left behind (its largest plan): the heap of the opened plan, then
     * the bulk import against the plain batch insert (for a run that stopped before them).
     */
    static void reuse(Path db, int items, long seed, int tasks) throws Exception {
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(db))) {
            String planId = store.listPlans().get(0).id();
            long before = usedHeap();
            Plan plan = store.loadLatest(planId).orElseThrow().plan();
            long heap = usedHeap() - before;
            progress("%s: heap of the opened plan %.1f MB (%d links)", db, heap / 1048576.0, plan.getTraceLinks().size());
        }
        Plan registryOnly = DataSetGenerator.generate(seed + 1, 1, tasks, items, 0).get(0);
        List<RegistryItem> rows = new ArrayList<>();
        rows.addAll(registryOnly.getPlatforms());
        rows.addAll(registryOnly.getJointProjects());
        rows.addAll(registryOnly.getInnovationEntities());
        rows.addAll(registryOnly.getExperts());
        Path temp = Files.createTempDirectory("planstudio-store-bench-import");
        Step plainInsert = new Step();
        try (PlainBatchInsert plain = new PlainBatchInsert(temp.resolve("plain"))) {
            plainInsert.time(() -> plain.insert(registryOnly.getId(), rows));
        }
        Step bulkImport = new Step();
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(temp.resolve("import")))) {
            bulkImport.time(() -> store.save(registryOnly, 0, "bench", "bulk import"));
        }
        progress("%d items: bulk import %s ms, plain batch insert %s ms, import ÷ insert %s", rows.size(),
                cell(bulkImport), cell(plainInsert), ratio(bulkImport, plainInsert));
    }

    private static KeyTask firstTask(Plan plan) {
        return plan.getTaskAreas().stream().flatMap(a -> a.getTasks().stream()).findFirst().orElseThrow();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static String markdown(List<Result> results, int runs) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Java %s, %d cores, max heap %d MB, %d runs per step;"
                + " each cell: wall-clock ms / CPU ms of the calling thread (medians)%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, runs));
        out.append("| items / links | save one edit | workbench save: UI thread | workbench save: job"
                + " | full copy on the UI thread | open | plain JDBC read (rows) | open ÷ read (wall / CPU)"
                + " | bulk import | plain batch insert | import ÷ insert (wall / CPU) | heap of opened plan MB"
                + " | first save ms |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT,
                    "| %,d / %,d | %s | %s | %s | %s | %s | %s (%,d) | %s | %s | %s | %s | %.1f | %.0f |%n",
                    r.size().items(), r.size().links(), cell(r.editSave()), cell(r.workbench().prepare()),
                    cell(r.workbench().write()), cell(r.workbench().fullCopy()), cell(r.open()), cell(r.jdbc()),
                    r.rowsRead(), ratio(r.open(), r.jdbc()), cell(r.bulkImport()), cell(r.plainInsert()),
                    ratio(r.bulkImport(), r.plainInsert()), r.heapBytes() / 1048576.0, r.firstSaveMs()));
        }
        return out.toString();
    }

    private static String cell(Step step) {
        return step == null ? "–" : String.format(Locale.ROOT, "%.1f / %.1f", step.wall().medianMs(), step.cpu().medianMs());
    }

    private static String ratio(Step a, Step b) {
        return a == null ? "–" : String.format(Locale.ROOT, "%.2f / %.2f", a.wall().medianMs() / b.wall().medianMs(),
                a.cpu().medianMs() / b.cpu().medianMs());
    }
}
