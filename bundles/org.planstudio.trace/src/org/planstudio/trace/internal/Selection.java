package org.planstudio.trace.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.planstudio.model.plan.CountingRule;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TraceKind;

/** The distinct items a counting rule selects from the plan's registries, in registry order. */
public final class Selection {

    private Selection() {
    }

    public static List<CountedItem> select(Plan plan, CountingRule rule, PlanPeriod period, WellFormedLinks links) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(links, "links");
        Map<Object, CountedItem> byId = new HashMap<>();
        List<CountedItem> selected = new ArrayList<>();
        for (RegistryItem entry : Registries.list(plan, rule.getRegistry())) {
            if (!matches(rule, period, entry)) {
                continue;
            }
            // Entries without an id cannot be told apart, so each stands for itself.
            Object key = entry.getId() == null ? entry : entry.getId();
            CountedItem counted = byId.get(key);
            if (counted == null) {
                counted = new CountedItem(entry, period.countsFrom(entry));
                byId.put(key, counted);
                selected.add(counted);
            }
            for (Identified task : links.targets(TraceKind.IMPLEMENTS, entry)) {
                counted.tasks().add((KeyTask) task);
            }
            counted.countries().addAll(entry.getPartnerCountries());
        }
        return selected;
    }

    // An empty list of types or statuses selects any.
    static boolean matches(CountingRule rule, PlanPeriod period, RegistryItem item) {
        return (rule.getItemTypes().isEmpty() || rule.getItemTypes().contains(item.getType()))
                && (rule.getStatuses().isEmpty() || rule.getStatuses().contains(item.getStatus()))
                && (!rule.isWithinPlanPeriod() || period.overlaps(item));
    }
}
