package org.planstudio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.planstudio.store.PlanInfo;
import org.planstudio.store.StoreException;

/** {@code planstudio export --plan ID [--revision N] --out FILE.plan}. */
final class ExportCommand {

    private static final Set<String> OPTIONS = Set.of("plan", "revision", "out");
    private static final Set<String> FLAGS = Set.of("quiet");

    private ExportCommand() {
    }

    static void run(List<String> argv, Console console, StoreSession session) throws CliException {
        CliTexts texts = console.texts();
        Arguments args = Arguments.parse(argv, OPTIONS, FLAGS, texts);
        if (!args.positional().isEmpty()) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.unexpected", args.positional().get(0)));
        }
        console.quiet(args.flag("quiet"));
        String id = args.required("plan");
        if (PlanSource.isFile(id)) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.exportNeedsId", id));
        }
        Optional<Integer> revision = Values.revision(args, texts);
        Path out = Outputs.writable(args.required("out"), texts);
        try {
            PlanInfo plan = session.store().planInfo(id)
                    .orElseThrow(() -> new CliException(ExitCode.PLAN_NOT_FOUND, texts.get("error.noPlan", id, known(session, texts))));
            int chosen = revision.orElse(plan.latestRevision());
            console.progress("progress.exporting", id, chosen, out);
            session.store().exportRevision(id, chosen, out);
            console.result(out.toString());
        } catch (StoreException e) {
            throw StoreErrors.toCli(e, texts);
        }
    }

    private static String known(StoreSession session, CliTexts texts) {
        try {
            String known = String.join(", ", session.store().listPlans().stream().map(PlanInfo::id).toList());
            return known.isEmpty() ? texts.get("error.noPlans") : known;
        } catch (StoreException | CliException e) {
            return "?";
        }
    }
}
