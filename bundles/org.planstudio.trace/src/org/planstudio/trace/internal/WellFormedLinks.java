package org.planstudio.trace.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.planstudio.model.links.LinkRule;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;

/**
 * One pass over a plan's links, indexing those that join the kinds of element their kind allows
 * ({@link LinkRule}) in both directions. A link that breaks its rule is kept aside: it must not
 * make a task look as if it served an indicator.
 */
public final class WellFormedLinks {

    private final Map<TraceKind, Map<Identified, List<Identified>>> bySource = new EnumMap<>(TraceKind.class);
    private final Map<TraceKind, Map<Identified, List<Identified>>> byTarget = new EnumMap<>(TraceKind.class);
    private final List<TraceLink> malformed = new ArrayList<>();

    public WellFormedLinks(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        for (TraceKind kind : TraceKind.VALUES) {
            bySource.put(kind, new IdentityHashMap<>());
            byTarget.put(kind, new IdentityHashMap<>());
        }
        for (TraceLink link : plan.getTraceLinks()) {
            if (wellFormed(link)) {
                bySource.get(link.getKind()).computeIfAbsent(link.getSource(), s -> new ArrayList<>(2))
                        .add(link.getTarget());
                byTarget.get(link.getKind()).computeIfAbsent(link.getTarget(), t -> new ArrayList<>(2))
                        .add(link.getSource());
            } else {
                malformed.add(link);
            }
        }
    }

    public static boolean wellFormed(TraceLink link) {
        return link.getSource() != null && link.getTarget() != null && link.getKind() != null
                && LinkRule.of(link.getKind())
                        .map(rule -> rule.accepts(link.getSource().eClass(), link.getTarget().eClass()))
                        .orElse(false);
    }

    /** Targets of well-formed links of this kind from the source, in link order (repeats kept). */
    public List<Identified> targets(TraceKind kind, Identified source) {
        return bySource.get(kind).getOrDefault(source, List.of());
    }

    /** Sources of well-formed links of this kind to the target, in link order (repeats kept). */
    public List<Identified> sources(TraceKind kind, Identified target) {
        return byTarget.get(kind).getOrDefault(target, List.of());
    }

    public List<TraceLink> malformed() {
        return malformed;
    }
}
