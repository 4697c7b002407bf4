package org.planstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.planstudio.report.ReportFormat;
import org.planstudio.report.ReportRequest;
import org.planstudio.report.ReportType;
import org.planstudio.report.Reports;
import org.planstudio.report.model.Report;

/** {@code planstudio report --plan … --type … --format … --lang … --out …}. */
final class ReportCommand {

    private static final Set<String> OPTIONS = Set.of("plan", "revision", "type", "format", "lang", "out", "as-of", "period");
    private static final Set<String> FLAGS = Set.of("quiet");

    private ReportCommand() {
    }

    static void run(List<String> argv, Console console, StoreSession session, LocalDate today) throws CliException {
        CliTexts texts = console.texts();
        Arguments args = Arguments.parse(argv, OPTIONS, FLAGS, texts);
        if (!args.positional().isEmpty()) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.unexpected", args.positional().get(0)));
        }
        console.quiet(args.flag("quiet"));
        String planValue = args.required("plan");
        ReportType type = Values.type(args, texts);
        String outValue = args.required("out");
        ReportFormat format = Values.format(args, outValue, texts);
        Locale language = Values.language(args, texts);
        LocalDate asOf = Values.asOf(args, today, texts);
        Optional<Integer> revision = Values.revision(args, texts);
        Path out = Outputs.writable(outValue, texts);

        long start = System.nanoTime();
        console.progress("progress.loading", planValue);
        PlanSource.Loaded loaded = PlanSource.load(planValue, revision, session, texts);
        console.progress("progress.building", type.cliName(), loaded.revision().map(String::valueOf).orElse("-"),
                asOf.toString());
        ReportRequest request = new ReportRequest(loaded.plan(), type, language, asOf, loaded.revision());
        Optional<String> period = args.option("period");
        if (period.isPresent()) {
            if (Reports.period(loaded.plan(), asOf, period.get()).isEmpty()) {
                throw new CliException(ExitCode.USAGE, texts.get("usage.noPeriod", period.get(),
                        String.join(", ", Reports.periods(loaded.plan(), asOf).stream().map(Reports::periodName).toList())));
            }
            request = request.withPeriod(period.get());
        }
        Report report = Reports.build(request);
        console.progress("progress.writing", format.extension(), out);
        try {
            Reports.write(report, format, out);
        } catch (IOException e) {
            throw Outputs.notWritable(out, e, texts);
        }
        console.progress("progress.done", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        console.result(out.toString());
    }
}
