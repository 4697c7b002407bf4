package org.planstudio.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ReportingPeriod;

/**
 * A briefing (情况通报): the period's red and yellow tasks by lead unit, red first, as the
 * supervising office circulates it. A task with several lead units is listed under each.
 *
 * @param units units with at least one red or yellow task, in the order their first task appears
 */
public record Briefing(ReportingPeriod period, LocalDate asOf, List<UnitEntry> units, int green, int yellow, int red) {

    /** @param unit empty for tasks without a lead unit */
    public record UnitEntry(Optional<Organization> unit, List<TaskLight> red, List<TaskLight> yellow) {
        public UnitEntry {
            Objects.requireNonNull(unit, "unit");
            red = List.copyOf(red);
            yellow = List.copyOf(yellow);
        }
    }

    public Briefing {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        units = List.copyOf(units);
    }

    public static Briefing of(Plan plan, ReportingPeriod period, LocalDate today, SupervisionRules rules) {
        List<TaskLight> lights = Lights.evaluate(plan, period, today, rules);
        Map<Optional<Organization>, List<TaskLight>> red = new LinkedHashMap<>();
        Map<Optional<Organization>, List<TaskLight>> yellow = new LinkedHashMap<>();
        List<Optional<Organization>> order = new ArrayList<>();
        int[] counts = new int[Light.values().length];
        for (TaskLight light : lights) {
            counts[light.light().ordinal()]++;
            if (light.light() == Light.GREEN) {
                continue;
            }
            List<Optional<Organization>> units = light.task().getLeadUnits().isEmpty() ? List.of(Optional.empty())
                    : light.task().getLeadUnits().stream().map(Optional::of).toList();
            for (Optional<Organization> unit : units) {
                if (!order.contains(unit)) {
                    order.add(unit);
                }
                (light.light() == Light.RED ? red : yellow).computeIfAbsent(unit, u -> new ArrayList<>()).add(light);
            }
        }
        List<UnitEntry> entries = order.stream().map(unit -> new UnitEntry(unit, red.getOrDefault(unit, List.of()),
                yellow.getOrDefault(unit, List.of()))).toList();
        return new Briefing(period, today, entries, counts[Light.GREEN.ordinal()], counts[Light.YELLOW.ordinal()],
                counts[Light.RED.ordinal()]);
    }
}
