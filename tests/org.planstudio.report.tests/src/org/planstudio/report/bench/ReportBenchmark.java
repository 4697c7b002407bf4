package org.planstudio.report.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.planstudio.model.plan.Plan;
import org.planstudio.report.ReportFormat;
import org.planstudio.report.ReportRequest;
import org.planstudio.report.ReportType;
import org.planstudio.report.Reports;
import org.planstudio.report.model.Report;
import org.planstudio.trace.synthetic.DataSetGenerator;

/**
 * Builds and renders every report of one generated plan, several times, and prints the median
 * times, the output sizes and the peak heap as a Markdown table (docs/benchmarks.md, "Reports").
 * Not a test. Arguments as {@code name=value}: seed, tasks, items, links, runs, asOf.
 * Run with releng/scripts/report-bench.sh.
 */
public final class ReportBenchmark {

    /** One report type's figures: build and render times in ms (medians), sizes in bytes, peak heap in MB. */
    public record Row(ReportType type, int tableRows, double buildMs, Map<ReportFormat, Double> renderMs,
            Map<ReportFormat, Long> bytes, long peakHeapMb) {
    }

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int tasks = Integer.parseInt(options.getOrDefault("tasks", "" + DataSetGenerator.CITY_TASKS_PER_PLAN));
        int items = Integer.parseInt(options.getOrDefault("items", "" + DataSetGenerator.CITY_ITEMS / DataSetGenerator.CITY_PLANS));
        int links = Integer.parseInt(options.getOrDefault("links", "" + DataSetGenerator.CITY_LINKS / DataSetGenerator.CITY_PLANS));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        LocalDate asOf = LocalDate.parse(options.getOrDefault("asOf", "2026-06-30"));
        Plan plan = DataSetGenerator.generate(Long.parseLong(options.getOrDefault("seed", "20240601")), 1, tasks, items, links)
                .get(0);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf("Plan: %d tasks, %d registry items, %d trace links; %d runs, medians; Java %s, %d cores, -Xmx%d MB%n%n",
                tasks, items, plan.getTraceLinks().size(), runs, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.println(markdown(measure(plan, asOf, runs)));
    }

    public static List<Row> measure(Plan plan, LocalDate asOf, int runs) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (ReportType type : ReportType.values()) {
            if (!type.ofOnePlan()) {
                continue;
            }
            System.gc();
            resetPeaks();
            double[] build = new double[runs];
            Map<ReportFormat, double[]> render = new HashMap<>();
            Map<ReportFormat, Long> bytes = new HashMap<>();
            Report report = null;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                report = Reports.build(ReportRequest.of(plan, type, Locale.SIMPLIFIED_CHINESE, asOf));
                build[run] = (System.nanoTime() - start) / 1e6;
                for (ReportFormat format : ReportFormat.values()) {
                    Counting counting = new Counting();
                    long begin = System.nanoTime();
                    Reports.render(report, format, counting);
                    render.computeIfAbsent(format, f -> new double[runs])[run] = (System.nanoTime() - begin) / 1e6;
                    bytes.put(format, counting.count);
                }
            }
            Map<ReportFormat, Double> medians = new HashMap<>();
            render.forEach((format, times) -> medians.put(format, median(times)));
            int tableRows = report.tables().stream().mapToInt(t -> t.rows().size()).sum();
            rows.add(new Row(type, tableRows, median(build), medians, bytes, peakHeapMb()));
        }
        return rows;
    }

    public static String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder("| report | table rows | build ms |");
        for (ReportFormat format : ReportFormat.values()) {
            md.append(' ').append(format.extension()).append(" ms (KB) |");
        }
        md.append(" peak heap MB |\n|---|---:|---:|");
        md.append("---:|".repeat(ReportFormat.values().length)).append("---:|\n");
        for (Row row : rows) {
            md.append("| ").append(row.type().cliName()).append(" | ").append(row.tableRows()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f", row.buildMs())).append(" |");
            for (ReportFormat format : ReportFormat.values()) {
                md.append(String.format(Locale.ROOT, " %.0f (%d) |", row.renderMs().get(format),
                        row.bytes().get(format) / 1024));
            }
            md.append(' ').append(row.peakHeapMb()).append(" |\n");
        }
        return md.toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected name=value: " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return options;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    // The sum of the heap pools' peaks: an upper bound of the live heap while the report was made.
    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
