package org.planstudio.trace.bench;

import java.util.Locale;

import org.planstudio.trace.bench.TraceBenchmark.Report;

/** The benchmark's figures as a Markdown table, ready for docs/benchmarks.md. */
final class BenchReport {

    private BenchReport() {
    }

    static String markdown(Report r) {
        TraceBenchmark.Options o = r.options();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Data set: seed %d, %d plans x %d tasks, %,d registry items, %,d links;"
                + " as of %s; %d runs; %d cores, max heap %d MB, Java %s%n%n", o.seed(), o.plans(), o.tasks(),
                r.itemsGenerated(), r.linksGenerated(), o.asOf(), o.runs(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version")));
        out.append("| step | first run (ms) | median of later runs (ms) | best (ms) |\n|---|---:|---:|---:|\n");
        row(out, "(a) progress + gaps, all plans, one thread", r.sequential());
        row(out, "(a) progress + gaps, all plans, plans in parallel", r.parallel());
        row(out, "(b) plain JDBC read of the same rows", r.jdbc());
        out.append(String.format(Locale.ROOT, "| generate the data set in memory | %.0f | | |%n", r.generateMs()));
        if (!Double.isNaN(r.saveMs())) {
            out.append(String.format(Locale.ROOT, "| save every plan through PlanStore (new database) | %.0f | | |%n",
                    r.saveMs()));
        }
        out.append(String.format(Locale.ROOT, "| load every plan through PlanStore.loadLatest | %.0f | | |%n", r.loadMs()));
        AnalysisPass.Result a = r.analysis();
        out.append(String.format(Locale.ROOT, "%nLast sequential pass: progress %.0f ms, gaps %.0f ms; %d indicators,"
                + " %,d items achieved in total; findings %s%n", a.progressNanos() / 1e6, a.gapNanos() / 1e6,
                a.indicators(), a.achieved(), a.gaps()));
        out.append(String.format(Locale.ROOT, "JDBC rows: %,d items, %,d partner countries, %,d registry links, %,d bytes"
                + " of plan XMI%n", r.rows().items(), r.rows().countries(), r.rows().links(), r.rows().planBytes()));
        out.append(String.format(Locale.ROOT, "Ratio (a) one thread / (b), medians: %.2f%n",
                r.sequential().medianMs() / r.jdbc().medianMs()));
        return out.toString();
    }

    private static void row(StringBuilder out, String step, Timings t) {
        out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", step, t.firstMs(), t.medianMs(), t.bestMs()));
    }
}
