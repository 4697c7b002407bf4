package org.planstudio.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.trace.internal.MeaningChange;
import org.planstudio.trace.internal.SuspectCommand;

/**
 * Which links a change puts in doubt. Elements are matched between two versions of a plan by id;
 * a key task whose Chinese title or text changed, or an indicator whose target, target year or
 * counting rule changed, makes every link at it suspect until someone reviews the link. Elements
 * that are new in the later version changed nothing anyone agreed to, so they mark nothing.
 */
public final class ChangeImpact {

    private ChangeImpact() {
    }

    /** The tasks and indicators of {@code current} whose meaning differs from {@code baseline}, in plan order. */
    public static List<Identified> changedElements(Plan baseline, Plan current) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(current, "current");
        Map<String, KeyTask> tasksBefore = new HashMap<>();
        PlanQueries.tasks(baseline).forEach(task -> tasksBefore.putIfAbsent(task.getId(), task));
        Map<String, Indicator> indicatorsBefore = new HashMap<>();
        indicators(baseline).forEach(indicator -> indicatorsBefore.putIfAbsent(indicator.getId(), indicator));
        List<Identified> changed = new ArrayList<>();
        for (Indicator indicator : indicators(current)) {
            Indicator before = indicator.getId() == null ? null : indicatorsBefore.get(indicator.getId());
            if (before != null && MeaningChange.changed(before, indicator)) {
                changed.add(indicator);
            }
        }
        for (KeyTask task : PlanQueries.tasks(current)) {
            KeyTask before = task.getId() == null ? null : tasksBefore.get(task.getId());
            if (before != null && MeaningChange.changed(before, task)) {
                changed.add(task);
            }
        }
        return List.copyOf(changed);
    }

    /** The links of {@code current} at a changed element that are not suspect yet, in plan order. */
    public static List<TraceLink> markSuspect(Plan baseline, Plan current) {
        return linksAt(current, changedElements(baseline, current));
    }

    /** The links of {@code plan} that start or end at one of the elements and are not suspect yet. */
    public static List<TraceLink> linksAt(Plan plan, Collection<? extends Identified> elements) {
        Objects.requireNonNull(plan, "plan");
        Set<Identified> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        changed.addAll(elements);
        return plan.getTraceLinks().stream()
                .filter(link -> !link.isSuspect() && (changed.contains(link.getSource()) || changed.contains(link.getTarget())))
                .toList();
    }

    /** Marks the links suspect; undoable. Not executable for no links. */
    public static Command apply(Collection<TraceLink> links) {
        return new SuspectCommand(Objects.requireNonNull(links, "links"), true, "command.markSuspect");
    }

    /** Someone checked the link against the change: it is no longer suspect. Undoable. */
    public static Command review(TraceLink link) {
        return new SuspectCommand(List.of(Objects.requireNonNull(link, "link")), false, "command.review");
    }

    private static List<Indicator> indicators(Plan plan) {
        List<Indicator> indicators = new ArrayList<>();
        for (Goal goal : plan.getGoals()) {
            indicators.addAll(goal.getIndicators());
        }
        return indicators;
    }
}
