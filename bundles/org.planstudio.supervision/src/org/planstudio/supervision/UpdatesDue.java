package org.planstudio.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TaskStatus;

/** The updates a unit still owes for a period: its open tasks as lead unit without a reported update. */
public final class UpdatesDue {

    /** One update owed; {@code late} once the report date has passed. */
    public record Due(Organization unit, KeyTask task, ReportingPeriod period, LocalDate reportDue, boolean late) {
        public Due {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(reportDue, "reportDue");
        }
    }

    private UpdatesDue() {
    }

    /** Every unit's owed updates, units in the order their first task appears in the plan. */
    public static Map<Organization, List<Due>> byUnit(Plan plan, ReportingPeriod period, LocalDate today) {
        Map<Organization, List<Due>> result = new LinkedHashMap<>();
        for (TaskArea area : plan.getTaskAreas()) {
            for (KeyTask task : area.getTasks()) {
                if (owes(plan, task, period)) {
                    for (Organization unit : task.getLeadUnits()) {
                        result.computeIfAbsent(unit, u -> new ArrayList<>()).add(due(unit, task, period, today));
                    }
                }
            }
        }
        return result;
    }

    public static List<Due> forUnit(Plan plan, ReportingPeriod period, Organization unit, LocalDate today) {
        return Optional.ofNullable(byUnit(plan, period, today).get(unit)).orElse(List.of());
    }

    private static boolean owes(Plan plan, KeyTask task, ReportingPeriod period) {
        return task.getStatus() != TaskStatus.COMPLETED && task.getStatus() != TaskStatus.CANCELLED
                && !CloseOut.isClosedOut(plan, task) && !Updates.isReported(plan, task, period);
    }

    private static Due due(Organization unit, KeyTask task, ReportingPeriod period, LocalDate today) {
        LocalDate reportDue = Periods.reportDue(period);
        return new Due(unit, task, period, reportDue, today.isAfter(reportDue));
    }
}
