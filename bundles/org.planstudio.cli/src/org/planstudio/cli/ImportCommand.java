package org.planstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.planstudio.merge.Conflict;
import org.planstudio.store.ConflictPolicy;
import org.planstudio.store.ImportResult;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;

/**
 * {@code planstudio import FILE.plan [--on-conflict fail|mine|theirs]}: a new plan, or the file's changes
 * merged onto the latest revision of the plan with its id (a file without a base revision replaces it,
 * with a warning). Open conflicts: exit code 7, the conflicts on standard error, nothing written.
 */
final class ImportCommand {

    private static final Set<String> FLAGS = Set.of("quiet");
    private static final Set<String> OPTIONS = Set.of("on-conflict");
    private static final Map<String, ConflictPolicy> POLICIES = Map.of("fail", ConflictPolicy.FAIL, "mine",
            ConflictPolicy.MINE, "theirs", ConflictPolicy.THEIRS);

    private ImportCommand() {
    }

    static void run(List<String> argv, Console console, StoreSession session, String author) throws CliException {
        CliTexts texts = console.texts();
        Arguments args = Arguments.parse(argv, OPTIONS, FLAGS, texts);
        console.quiet(args.flag("quiet"));
        if (args.positional().size() != 1) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.importOneFile"));
        }
        String policyName = args.option("on-conflict").orElse("fail");
        ConflictPolicy policy = POLICIES.get(policyName);
        if (policy == null) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.badValue", "--on-conflict", policyName,
                    "fail, mine, theirs"));
        }
        Path file = Path.of(args.positional().get(0)).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCode.PLAN_NOT_FOUND, texts.get("error.noFile", file));
        }
        // Read it first: a damaged file gets the file's own message (line and column) and exit code 4.
        PlanSource.file(file, texts);
        console.progress("progress.importing", file);
        ImportResult result;
        try {
            result = session.store().importPlan(file, author, texts.get("import.message", file.getFileName()),
                    Map.of(), policy);
        } catch (StoreException e) {
            throw StoreErrors.toCli(e, texts);
        }
        report(result, file, console);
    }

    private static void report(ImportResult result, Path file, Console console) throws CliException {
        CliTexts texts = console.texts();
        switch (result.outcome()) {
        case CONFLICTS -> {
            StringBuilder message = new StringBuilder(texts.get("import.conflicts", file.getFileName(),
                    result.conflicts().size(), result.mergedOnto().map(r -> r.revision()).orElse(0),
                    result.mergedOnto().map(r -> r.author()).orElse("")));
            for (Conflict c : result.conflicts()) {
                message.append('\n').append(texts.get("import.conflictLine", c.elementLabel(), c.elementId(),
                        c.featurePath(), value(c.base(), texts), value(c.mine(), texts), value(c.theirs(), texts)));
            }
            throw new CliException(ExitCode.MERGE_CONFLICT, message.toString());
        }
        case UNCHANGED -> console.result(texts.get("import.unchanged", result.planId(), result.baseRevision()));
        case MERGED -> {
            RevisionInfo saved = result.saved().orElseThrow();
            console.result(texts.get("import.merged", saved.planId(), saved.revision(), result.baseRevision(),
                    result.mergedOnto().orElseThrow().revision(), result.conflicts().size()));
        }
        default -> {
            if (result.outcome() == ImportResult.Outcome.REPLACED) {
                console.warning(texts.get(result.baseRevision() == 0 ? "import.replaced" : "import.replacedOtherBase",
                        file.getFileName(), result.baseRevision()));
            }
            RevisionInfo saved = result.saved().orElseThrow();
            console.result(texts.get("import.done", saved.planId(), saved.revision()));
        }
        }
    }

    private static String value(Optional<String> value, CliTexts texts) {
        return value.map(v -> "\u201c" + v + "\u201d").orElse(texts.get("import.absent"));
    }
}
