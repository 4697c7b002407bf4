package org.planstudio.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.io.PlanFormatException;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoredPlan;

/**
 * What {@code --plan} names: a .plan file when the value ends in ".plan" or contains a path
 * separator, otherwise the id of a plan in the database (its latest revision unless
 * {@code --revision} says otherwise).
 */
final class PlanSource {

    /** The plan and, for a stored plan, the revision it is. */
    record Loaded(Plan plan, Optional<Integer> revision) {
    }

    private PlanSource() {
    }

    static boolean isFile(String value) {
        return value.toLowerCase(Locale.ROOT).endsWith(".plan") || value.contains("/") || value.contains("\\");
    }

    static Loaded load(String value, Optional<Integer> revision, StoreSession session, CliTexts texts)
            throws CliException {
        Objects.requireNonNull(value, "value");
        if (isFile(value)) {
            if (revision.isPresent()) {
                throw new CliException(ExitCode.USAGE, texts.get("usage.revisionWithFile"));
            }
            return new Loaded(file(Path.of(value), texts), Optional.empty());
        }
        try {
            if (revision.isPresent()) {
                StoredPlan stored = session.store().load(value, revision.get());
                return new Loaded(stored.plan(), Optional.of(stored.revision().revision()));
            }
            StoredPlan stored = session.store().loadLatest(value)
                    .orElseThrow(() -> new CliException(ExitCode.PLAN_NOT_FOUND, notFound(value, session, texts)));
            return new Loaded(stored.plan(), Optional.of(stored.revision().revision()));
        } catch (StoreException e) {
            throw StoreErrors.toCli(e, texts);
        }
    }

    /** A plan from outside: read hardened and validated, so what is reported is what import would take. */
    static Plan file(Path file, CliTexts texts) throws CliException {
        try {
            return PlanResources.loadChecked(file);
        } catch (PlanFormatException e) {
            ExitCode code = e.problem() == PlanFormatException.Problem.NOT_FOUND ? ExitCode.PLAN_NOT_FOUND
                    : ExitCode.CORRUPT_INPUT;
            throw new CliException(code, e.message(texts.locale()), e);
        }
    }

    // Say which plans there are: the usual mistake is a mistyped id.
    private static String notFound(String id, StoreSession session, CliTexts texts) {
        try {
            String known = String.join(", ", session.store().listPlans().stream().map(PlanInfo::id).toList());
            return texts.get("error.noPlan", id, known.isEmpty() ? texts.get("error.noPlans") : known);
        } catch (StoreException | CliException e) {
            return texts.get("error.noPlan", id, "?");
        }
    }
}
