package org.planstudio.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.trace.internal.CountedItem;
import org.planstudio.trace.internal.PlanOrder;
import org.planstudio.trace.internal.PlanPeriod;
import org.planstudio.trace.internal.Projection;
import org.planstudio.trace.internal.Selection;
import org.planstudio.trace.internal.WellFormedLinks;

/**
 * Derives every indicator's progress from the plan's registries.
 *
 * <p>{@code achieved} on the report date {@code asOf}: for a cumulative indicator, the items
 * counting from {@code asOf} or earlier (the running total to date); for an annual one, the items
 * of the latest year reached (the year of {@code asOf}, kept within the plan period) that count
 * from {@code asOf} or earlier. Before the period starts both are 0. An indicator without a
 * counting rule counts nothing.
 */
public final class ProgressCalculator {

    private ProgressCalculator() {
    }

    /** Every indicator of the plan, goal by goal, in plan order. */
    public static List<IndicatorProgress> compute(Plan plan, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        Context context = new Context(plan, asOf);
        List<IndicatorProgress> result = new ArrayList<>();
        for (Goal goal : plan.getGoals()) {
            for (Indicator indicator : goal.getIndicators()) {
                result.add(context.progress(indicator));
            }
        }
        return List.copyOf(result);
    }

    /** What a plan's indicators share: its period, its links and its order, computed once. */
    private record Context(Plan plan, LocalDate asOf, PlanPeriod period, WellFormedLinks links, PlanOrder order) {

        Context(Plan plan, LocalDate asOf) {
            this(plan, asOf, PlanPeriod.of(plan, asOf), new WellFormedLinks(plan), new PlanOrder(plan));
        }

        IndicatorProgress progress(Indicator indicator) {
            List<CountedItem> counted = indicator.getCountingRule() == null ? List.of()
                    : Selection.select(plan, indicator.getCountingRule(), period, links);
            Accumulation accumulation = indicator.getAccumulation();
            int targetYear = indicator.getTargetYear() > 0 ? indicator.getTargetYear() : period.endYear();
            List<RegistryItem> achieved = achieved(counted, accumulation);
            return new IndicatorProgress(indicator, asOf, Optional.ofNullable(indicator.getTarget()), targetYear,
                    accumulation, items(counted), achieved.size(), achieved, byYear(counted, targetYear),
                    order.areas(byArea(counted)), order.domains(byDomain(counted)),
                    order.countries(byCountry(counted)),
                    Projection.of(accumulation, counted, period, targetYear, asOf));
        }

        private List<RegistryItem> achieved(List<CountedItem> counted, Accumulation accumulation) {
            int latestYear = Math.min(Math.max(asOf.getYear(), period.startYear()), period.endYear());
            return counted.stream()
                    .filter(item -> !item.countsFrom().isAfter(asOf))
                    .filter(item -> accumulation == Accumulation.CUMULATIVE || item.year() == latestYear)
                    .map(CountedItem::item).toList();
        }

        private TreeMap<Integer, List<RegistryItem>> byYear(List<CountedItem> counted, int targetYear) {
            TreeMap<Integer, List<RegistryItem>> years = new TreeMap<>();
            for (int year = period.startYear(); year <= Math.max(period.endYear(), targetYear); year++) {
                years.put(year, new ArrayList<>());
            }
            counted.forEach(item -> years.computeIfAbsent(item.year(), y -> new ArrayList<>()).add(item.item()));
            return years;
        }
    }

    private static List<RegistryItem> items(List<CountedItem> counted) {
        return counted.stream().map(CountedItem::item).toList();
    }

    // Sets per item: an item serving two tasks of one area counts once for that area.
    private static Map<TaskArea, List<RegistryItem>> byArea(List<CountedItem> counted) {
        Map<TaskArea, List<RegistryItem>> areas = new LinkedHashMap<>();
        for (CountedItem item : counted) {
            Set<TaskArea> seen = new LinkedHashSet<>();
            for (KeyTask task : item.tasks()) {
                if (task.eContainer() instanceof TaskArea area && seen.add(area)) {
                    areas.computeIfAbsent(area, a -> new ArrayList<>()).add(item.item());
                }
            }
        }
        return areas;
    }

    private static Map<String, List<RegistryItem>> byDomain(List<CountedItem> counted) {
        Map<String, List<RegistryItem>> domains = new LinkedHashMap<>();
        for (CountedItem item : counted) {
            Set<String> seen = new LinkedHashSet<>();
            for (KeyTask task : item.tasks()) {
                String domain = PlanOrder.domainOf(task);
                if (seen.add(domain)) {
                    domains.computeIfAbsent(domain, d -> new ArrayList<>()).add(item.item());
                }
            }
        }
        return domains;
    }

    private static Map<Country, List<RegistryItem>> byCountry(List<CountedItem> counted) {
        Map<Country, List<RegistryItem>> countries = new LinkedHashMap<>();
        for (CountedItem item : counted) {
            item.countries().forEach(country -> countries.computeIfAbsent(country, c -> new ArrayList<>())
                    .add(item.item()));
        }
        return countries;
    }
}
