package org.planstudio.model.walk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;

/** Small read-only queries that several layers need; anything bigger belongs in the trace service. */
public final class PlanQueries {

    private PlanQueries() {
    }

    /** All key tasks, task area by task area, in the order the plan lists them. */
    public static List<KeyTask> tasks(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return plan.getTaskAreas().stream().flatMap(area -> area.getTasks().stream()).toList();
    }

    public static List<TraceLink> linksFrom(Plan plan, Identified source, TraceKind kind) {
        Objects.requireNonNull(source, "source");
        return links(plan, kind).stream().filter(link -> link.getSource() == source).toList();
    }

    public static List<TraceLink> linksTo(Plan plan, Identified target, TraceKind kind) {
        Objects.requireNonNull(target, "target");
        return links(plan, kind).stream().filter(link -> link.getTarget() == target).toList();
    }

    /** Links of any kind that start or end at the element. */
    public static List<TraceLink> linksTouching(Plan plan, Identified element) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(element, "element");
        return plan.getTraceLinks().stream()
                .filter(link -> link.getSource() == element || link.getTarget() == element).toList();
    }

    public static List<TraceLink> links(Plan plan, TraceKind kind) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(kind, "kind");
        return plan.getTraceLinks().stream().filter(link -> link.getKind() == kind).toList();
    }

    /** The element with this id anywhere in the plan, the plan included. */
    public static Optional<Identified> find(Plan plan, String id) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(id, "id");
        if (id.equals(plan.getId())) {
            return Optional.of(plan);
        }
        for (var contents = plan.eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            if (next instanceof Identified element && id.equals(element.getId())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }
}
