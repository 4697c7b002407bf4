package org.planstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;

/** {@code planstudio import FILE.plan}: a new plan, or the next revision of the plan with the file's id. */
final class ImportCommand {

    private static final Set<String> FLAGS = Set.of("quiet");

    private ImportCommand() {
    }

    static void run(List<String> argv, Console console, StoreSession session, String author) throws CliException {
        CliTexts texts = console.texts();
        Arguments args = Arguments.parse(argv, Set.of(), FLAGS, texts);
        console.quiet(args.flag("quiet"));
        if (args.positional().size() != 1) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.importOneFile"));
        }
        Path file = Path.of(args.positional().get(0)).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCode.PLAN_NOT_FOUND, texts.get("error.noFile", file));
        }
        // Read it first: a damaged file gets the file's own message (line and column) and exit code 4.
        PlanSource.file(file, texts);
        console.progress("progress.importing", file);
        try {
            RevisionInfo revision = session.store().importPlan(file, author, texts.get("import.message", file.getFileName()));
            console.result(texts.get("import.done", revision.planId(), revision.revision()));
        } catch (StoreException e) {
            throw StoreErrors.toCli(e, texts);
        }
    }
}
