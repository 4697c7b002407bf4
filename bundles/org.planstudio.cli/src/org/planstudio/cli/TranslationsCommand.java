package org.planstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.planstudio.model.plan.Plan;
import org.planstudio.registry.io.ImportFileException;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoredPlan;
import org.planstudio.translation.PlanText;
import org.planstudio.translation.PlanTexts;
import org.planstudio.translation.io.RowResult;
import org.planstudio.translation.io.TranslationExport;
import org.planstudio.translation.io.TranslationFile;
import org.planstudio.translation.io.TranslationImport;
import org.planstudio.translation.io.TranslationImportReport;
import org.planstudio.translation.io.TranslationImportResult;

/**
 * {@code planstudio translations export --plan ID --out FILE.xlsx [--all]} writes the texts whose
 * English is missing or outdated (all texts with --all) for a translator;
 * {@code planstudio translations import --plan ID FILE.xlsx} sets the English of the good rows and
 * saves a new revision. Refused rows (stale, element deleted, …) are listed on standard error and
 * give exit code 10; the good rows are saved all the same.
 */
final class TranslationsCommand {

    private TranslationsCommand() {
    }

    static void run(List<String> argv, Console console, StoreSession session, String author) throws CliException {
        CliTexts texts = console.texts();
        if (argv.isEmpty()) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.translationsSubcommand"));
        }
        List<String> rest = argv.subList(1, argv.size());
        switch (argv.get(0)) {
        case "export" -> export(rest, console, session);
        case "import" -> importFile(rest, console, session, author);
        default -> throw new CliException(ExitCode.USAGE, texts.get("usage.translationsSubcommand"));
        }
    }

    private static void export(List<String> argv, Console console, StoreSession session) throws CliException {
        CliTexts texts = console.texts();
        Arguments args = Arguments.parse(argv, Set.of("plan", "out"), Set.of("quiet", "all"), texts);
        console.quiet(args.flag("quiet"));
        if (!args.positional().isEmpty()) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.unexpected", args.positional().get(0)));
        }
        String id = args.required("plan");
        Path out = Outputs.writable(args.required("out"), texts);
        StoredPlan stored = load(id, console, session);
        Plan plan = stored.plan();
        List<PlanText> rows = args.flag("all") ? PlanTexts.all(plan) : PlanTexts.needingTranslation(plan);
        console.progress("progress.writingTranslations", rows.size(), out);
        try {
            TranslationExport.write(plan, rows, out, texts.locale());
        } catch (IOException e) {
            throw Outputs.notWritable(out, e, texts);
        }
        var figure = PlanTexts.figure(plan);
        console.result(texts.get("translations.exported", rows.size(), out, figure.translated(), figure.total()));
    }

    private static void importFile(List<String> argv, Console console, StoreSession session, String author)
            throws CliException {
        CliTexts texts = console.texts();
        Arguments args = Arguments.parse(argv, Set.of("plan"), Set.of("quiet"), texts);
        console.quiet(args.flag("quiet"));
        if (args.positional().size() != 1) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.translationsOneFile"));
        }
        String id = args.required("plan");
        Path file = Path.of(args.positional().get(0)).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCode.PLAN_NOT_FOUND, texts.get("error.noFile", file));
        }
        console.progress("progress.importing", file);
        TranslationImportResult result;
        StoredPlan stored;
        try {
            var sheet = TranslationFile.read(file);
            stored = load(id, console, session);
            result = TranslationImport.check(stored.plan(), sheet, null);
        } catch (ImportFileException e) {
            throw new CliException(ExitCode.CORRUPT_INPUT, e.message(texts.locale()), e);
        }
        TranslationImportReport report = result.report();
        if (report.otherPlan().isPresent()) {
            throw new CliException(ExitCode.USAGE, report.summary(texts.locale()));
        }
        for (RowResult refused : report.refusedRows()) {
            console.warning(refused.message(texts.locale()));
        }
        String saved = texts.get("translations.nothingSaved");
        if (result.command().isPresent()) {
            Command command = result.command().get();
            if (command.canExecute()) {
                command.execute();
            }
            try {
                int revision = session.store().save(stored.plan(), stored.revision().revision(), author,
                        texts.get("translations.message", file.getFileName(), report.imported()));
                saved = texts.get("translations.saved", id, revision);
            } catch (StoreException e) {
                throw StoreErrors.toCli(e, texts);
            }
        }
        console.result(report.summary(texts.locale()) + texts.get("translations.sentence") + saved);
        if (report.refused() > 0) {
            throw new CliException(ExitCode.ROWS_REFUSED, texts.get("translations.refused", report.refused(), file.getFileName()));
        }
    }

    private static StoredPlan load(String id, Console console, StoreSession session) throws CliException {
        CliTexts texts = console.texts();
        console.progress("progress.loading", id);
        try {
            return session.store().loadLatest(id).orElseThrow(() -> new CliException(ExitCode.PLAN_NOT_FOUND,
                    texts.get("error.noPlan", id, known(session, texts))));
        } catch (StoreException e) {
            throw StoreErrors.toCli(e, texts);
        }
    }

    private static String known(StoreSession session, CliTexts texts) {
        try {
            String known = String.join(", ", session.store().listPlans().stream().map(p -> p.id()).toList());
            return known.isEmpty() ? texts.get("error.noPlans") : known;
        } catch (StoreException | CliException e) {
            return "?";
        }
    }
}
