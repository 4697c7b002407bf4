package org.planstudio.authoring.plans;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.planstudio.authoring.plans.SettingsProblem.Field;
import org.planstudio.model.ids.Ids;

/**
 * Checks new-plan settings against the ids already in the store. Deleted plans keep their ids
 * (they can be restored), so an id of a deleted plan is taken too, with its own explanation.
 */
public final class PlanSettingsCheck {

    public static final int MIN_YEAR = 1949;
    public static final int MAX_YEAR = 2200;

    private final Set<String> liveIds;
    private final Set<String> deletedIds;

    public PlanSettingsCheck(Collection<String> liveIds, Collection<String> deletedIds) {
        this.liveIds = Set.copyOf(Objects.requireNonNull(liveIds, "liveIds"));
        this.deletedIds = Set.copyOf(Objects.requireNonNull(deletedIds, "deletedIds"));
    }

    /** Every problem, in the order of the wizard's fields; empty when a plan can be created. */
    public List<SettingsProblem> check(PlanSettings settings) {
        Objects.requireNonNull(settings, "settings");
        List<SettingsProblem> problems = new ArrayList<>();
        checkId(settings.id()).ifPresent(problems::add);
        if (settings.titleZh().isEmpty()) {
            problems.add(new SettingsProblem(Field.TITLE, "problem.titleRequired", List.of()));
        }
        checkPeriod(settings.startYear(), settings.endYear()).ifPresent(problems::add);
        return problems;
    }

    public Optional<SettingsProblem> checkId(String id) {
        String trimmed = Objects.requireNonNull(id, "id").strip();
        if (trimmed.isEmpty()) {
            return Optional.of(new SettingsProblem(Field.ID, "problem.idRequired", List.of()));
        }
        if (!Ids.isWellFormed(trimmed)) {
            return Optional.of(new SettingsProblem(Field.ID, "problem.idMalformed", List.of(trimmed)));
        }
        if (liveIds.contains(trimmed)) {
            return Optional.of(new SettingsProblem(Field.ID, "problem.idTaken", List.of(trimmed)));
        }
        if (deletedIds.contains(trimmed)) {
            return Optional.of(new SettingsProblem(Field.ID, "problem.idOfDeletedPlan", List.of(trimmed)));
        }
        return Optional.empty();
    }

    public static Optional<SettingsProblem> checkPeriod(int startYear, int endYear) {
        if (startYear < MIN_YEAR || startYear > MAX_YEAR || endYear < MIN_YEAR || endYear > MAX_YEAR) {
            return Optional.of(new SettingsProblem(Field.PERIOD, "problem.yearOutOfRange",
                    List.of(String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR))));
        }
        if (endYear < startYear) {
            return Optional.of(new SettingsProblem(Field.PERIOD, "problem.periodReversed",
                    List.of(String.valueOf(startYear), String.valueOf(endYear))));
        }
        return Optional.empty();
    }

    /** A readable free id for a plan of this period: plan-2028-2031, then plan-2028-2031-2, … */
    public String suggestId(int startYear, int endYear) {
        String base = "plan-" + startYear + "-" + endYear;
        String candidate = base;
        for (int n = 2; checkId(candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
