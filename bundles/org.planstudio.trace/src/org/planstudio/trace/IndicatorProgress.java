package org.planstudio.trace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TaskArea;

/**
 * An indicator's progress as derived from the registries on a report date. Every figure keeps
 * the items behind it. Items are distinct by id in every list; an item appears once in the list
 * of each breakdown key it belongs to (it may belong to several areas, domains or countries).
 *
 * @param asOf                  the report date the figures are as of
 * @param target                empty when the indicator has no target
 * @param targetYear            the indicator's target year, or the plan's last year when it has none
 * @param items                 every item the counting rule selects, whatever its date
 * @param achieved              the headline figure on the report date (see {@link ProgressCalculator})
 * @param achievedItems         the items behind {@code achieved}
 * @param byYear                items by the year they count from; a key for every year of the
 *                              period (empty lists included) and for any later year with items
 * @param byTaskArea            through the items' IMPLEMENTS links; only areas with items, in plan order
 * @param byDomain              by the implemented tasks' domainId, "" for tasks without a domain
 * @param byCountry             by partner country, plan order; items without one are in {@link #withoutCountry()}
 * @param projectedAtTargetYear the figure expected by the end of the target year at the current rate;
 *                              empty while it cannot be judged (before the end of the period's first year)
 */
public record IndicatorProgress(Indicator indicator, LocalDate asOf, Optional<BigDecimal> target, int targetYear,
        Accumulation accumulation, List<RegistryItem> items, long achieved, List<RegistryItem> achievedItems,
        SortedMap<Integer, List<RegistryItem>> byYear, Map<TaskArea, List<RegistryItem>> byTaskArea,
        Map<String, List<RegistryItem>> byDomain, Map<Country, List<RegistryItem>> byCountry,
        Optional<BigDecimal> projectedAtTargetYear) {

    public IndicatorProgress {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(accumulation, "accumulation");
        Objects.requireNonNull(projectedAtTargetYear, "projectedAtTargetYear");
        items = List.copyOf(items);
        achievedItems = List.copyOf(achievedItems);
        if (achieved != achievedItems.size()) {
            throw new IllegalArgumentException("achieved " + achieved + " but " + achievedItems.size() + " items");
        }
        byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
        byTaskArea = Collections.unmodifiableMap(byTaskArea);
        byDomain = Collections.unmodifiableMap(byDomain);
        byCountry = Collections.unmodifiableMap(byCountry);
    }

    /** The figure a report shows for each year: the running total when cumulative, the year's count when annual. */
    public SortedMap<Integer, Long> figureByYear() {
        SortedMap<Integer, Long> figures = new TreeMap<>();
        long running = 0;
        for (Map.Entry<Integer, List<RegistryItem>> year : byYear.entrySet()) {
            running += year.getValue().size();
            figures.put(year.getKey(),
                    accumulation == Accumulation.CUMULATIVE ? running : (long) year.getValue().size());
        }
        return Collections.unmodifiableSortedMap(figures);
    }

    /** The items behind each year's running total: all items counting from that year or earlier. */
    public SortedMap<Integer, List<RegistryItem>> runningTotalByYear() {
        SortedMap<Integer, List<RegistryItem>> totals = new TreeMap<>();
        List<RegistryItem> running = new ArrayList<>();
        for (Map.Entry<Integer, List<RegistryItem>> year : byYear.entrySet()) {
            running.addAll(year.getValue());
            totals.put(year.getKey(), List.copyOf(running));
        }
        return Collections.unmodifiableSortedMap(totals);
    }

    /** Items with no partner country: they count in the total but under no country. */
    public List<RegistryItem> withoutCountry() {
        return notIn(byCountry);
    }

    /** Items that implement no task: they count in the total but under no area or domain. */
    public List<RegistryItem> withoutTask() {
        return notIn(byTaskArea);
    }

    private List<RegistryItem> notIn(Map<?, List<RegistryItem>> breakdown) {
        Set<RegistryItem> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        breakdown.values().forEach(placed::addAll);
        return items.stream().filter(item -> !placed.contains(item)).toList();
    }

    /** True once the target year is over: the projection is then the actual figure. */
    public boolean targetYearOver() {
        return !asOf.isBefore(LocalDate.of(targetYear, 12, 31));
    }

    /** True when the projection falls short of the target; empty when either is unknown. */
    public Optional<Boolean> behindTarget() {
        return target.flatMap(t -> projectedAtTargetYear.map(p -> p.compareTo(t) < 0));
    }
}
