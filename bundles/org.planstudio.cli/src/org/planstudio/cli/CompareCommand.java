package org.planstudio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.planstudio.compare.Comparison;
import org.planstudio.compare.PlainText;
import org.planstudio.compare.Revisions;
import org.planstudio.compare.UnknownVersionException;
import org.planstudio.report.ReportFormat;
import org.planstudio.report.Reports;
import org.planstudio.store.StoreException;

/**
 * {@code planstudio compare --plan ID --from A [--to B] --out FILE [--lang zh|en]}: the text before and
 * after (修改前后对照表) of two revisions or baselines, as Word or HTML (or Excel, CSV) by the extension
 * of --out, or as plain text (.txt, or "-" for standard output).
 */
final class CompareCommand {

    private static final Set<String> OPTIONS = Set.of("plan", "from", "to", "out", "lang");
    private static final Set<String> FLAGS = Set.of("quiet");
    private static final String STDOUT = "-";

    private CompareCommand() {
    }

    static void run(List<String> argv, Console console, StoreSession session) throws CliException {
        CliTexts texts = console.texts();
        Arguments args = Arguments.parse(argv, OPTIONS, FLAGS, texts);
        if (!args.positional().isEmpty()) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.unexpected", args.positional().get(0)));
        }
        console.quiet(args.flag("quiet"));
        String plan = args.required("plan");
        if (PlanSource.isFile(plan)) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.compareNeedsId", plan));
        }
        String from = args.required("from");
        String to = args.option("to").orElse(Revisions.LATEST);
        String outValue = args.required("out");
        Locale language = Values.language(args, texts);
        boolean text = outValue.equals(STDOUT) || outValue.toLowerCase(Locale.ROOT).endsWith(".txt");
        ReportFormat format = text ? null : Values.format(args, outValue, texts);
        Path out = outValue.equals(STDOUT) ? null : Outputs.writable(outValue, texts);

        console.progress("progress.comparing", plan, from, to);
        Comparison comparison;
        try {
            comparison = Revisions.compare(session.store(), plan, from, to, language);
        } catch (StoreException e) {
            throw StoreErrors.toCli(e, texts);
        } catch (UnknownVersionException e) {
            throw new CliException(ExitCode.PLAN_NOT_FOUND, e.message(texts.locale()), e);
        }
        try {
            if (out == null) {
                console.result(PlainText.of(comparison).stripTrailing());
                return;
            }
            console.progress("progress.writing", text ? "txt" : format.extension(), out);
            if (text) {
                Path temporary = Files.createTempFile(out.getParent(), "." + out.getFileName(), ".part");
                try {
                    Files.writeString(temporary, PlainText.of(comparison), StandardCharsets.UTF_8);
                    Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            } else {
                Reports.write(Reports.comparison(comparison), format, out);
            }
        } catch (IOException e) {
            throw Outputs.notWritable(out, e, texts);
        }
        console.progress("progress.compared", comparison.elements().size());
        console.result(out.toString());
    }
}
