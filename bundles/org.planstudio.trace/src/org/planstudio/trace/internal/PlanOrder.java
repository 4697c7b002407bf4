package org.planstudio.trace.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.walk.PlanQueries;

/**
 * The order in which the plan lists areas, domains and countries, so that breakdowns read in the
 * plan's order rather than in the order items happen to be registered.
 */
public final class PlanOrder {

    private final Map<TaskArea, Integer> areas = new IdentityHashMap<>();
    private final Map<String, Integer> domains = new HashMap<>();
    private final Map<Country, Integer> countries = new IdentityHashMap<>();

    public PlanOrder(Plan plan) {
        for (TaskArea area : plan.getTaskAreas()) {
            areas.putIfAbsent(area, areas.size());
        }
        for (KeyTask task : PlanQueries.tasks(plan)) {
            domains.putIfAbsent(domainOf(task), domains.size());
        }
        for (Country country : plan.getCountries()) {
            countries.putIfAbsent(country, countries.size());
        }
    }

    public static String domainOf(KeyTask task) {
        String domain = task.getDomainId();
        return domain == null || domain.isBlank() ? "" : domain;
    }

    public <V> Map<TaskArea, V> areas(Map<TaskArea, V> map) {
        return sorted(map, areas);
    }

    public <V> Map<String, V> domains(Map<String, V> map) {
        return sorted(map, domains);
    }

    public <V> Map<Country, V> countries(Map<Country, V> map) {
        return sorted(map, countries);
    }

    // Keys the plan does not list (elements of another plan) keep their encounter order at the end.
    private static <K, V> Map<K, V> sorted(Map<K, V> map, Map<K, Integer> rank) {
        List<K> keys = new ArrayList<>(map.keySet());
        keys.sort(Comparator.comparingInt(key -> rank.getOrDefault(key, Integer.MAX_VALUE)));
        Map<K, V> result = new LinkedHashMap<>();
        keys.forEach(key -> result.put(key, map.get(key)));
        return result;
    }
}
