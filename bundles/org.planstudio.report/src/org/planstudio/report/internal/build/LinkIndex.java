package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;

/**
 * The plan's trace links indexed both ways, built once per report: asking PlanQueries for every
 * task and item would scan all links each time, which a plan with thousands of registry items
 * cannot afford.
 */
final class LinkIndex {

    private final Map<TraceKind, Map<Identified, List<Identified>>> bySource = new EnumMap<>(TraceKind.class);
    private final Map<TraceKind, Map<Identified, List<Identified>>> byTarget = new EnumMap<>(TraceKind.class);

    LinkIndex(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        for (TraceLink link : plan.getTraceLinks()) {
            if (link.getKind() == null || link.getSource() == null || link.getTarget() == null) {
                continue;
            }
            bySource.computeIfAbsent(link.getKind(), k -> new IdentityHashMap<>())
                    .computeIfAbsent(link.getSource(), k -> new ArrayList<>()).add(link.getTarget());
            byTarget.computeIfAbsent(link.getKind(), k -> new IdentityHashMap<>())
                    .computeIfAbsent(link.getTarget(), k -> new ArrayList<>()).add(link.getSource());
        }
    }

    /** What {@code source} links to with links of this kind, in the plan's link order. */
    <T extends Identified> List<T> targets(Identified source, TraceKind kind, Class<T> type) {
        return filter(bySource.getOrDefault(kind, Map.of()).getOrDefault(source, List.of()), type);
    }

    /** What links to {@code target} with links of this kind, in the plan's link order. */
    <T extends Identified> List<T> sources(Identified target, TraceKind kind, Class<T> type) {
        return filter(byTarget.getOrDefault(kind, Map.of()).getOrDefault(target, List.of()), type);
    }

    private static <T> List<T> filter(List<Identified> elements, Class<T> type) {
        return elements.stream().filter(type::isInstance).map(type::cast).distinct().toList();
    }
}
