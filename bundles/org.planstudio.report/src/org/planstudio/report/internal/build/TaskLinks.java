package org.planstudio.report.internal.build;

import java.util.List;

import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.walk.PlanQueries;

/**
 * What each key task is linked to, and what links to it, in the plan's order. Coverage in the
 * traceability report means "has such a link"; progress counting is the trace service's.
 */
final class TaskLinks {

    private final LinkIndex links;
    private final List<KeyTask> tasks;

    TaskLinks(Plan plan) {
        this.links = new LinkIndex(plan);
        this.tasks = PlanQueries.tasks(plan);
    }

    List<KeyTask> tasks() {
        return tasks;
    }

    List<KeyTask> contributors(Indicator indicator) {
        return inPlanOrder(links.sources(indicator, TraceKind.CONTRIBUTES_TO, KeyTask.class));
    }

    List<KeyTask> supportedBy(Safeguard safeguard) {
        return inPlanOrder(links.targets(safeguard, TraceKind.SUPPORTS, KeyTask.class));
    }

    List<Indicator> indicators(KeyTask task) {
        return links.targets(task, TraceKind.CONTRIBUTES_TO, Indicator.class);
    }

    List<Principle> principles(KeyTask task) {
        return links.targets(task, TraceKind.GUIDED_BY, Principle.class);
    }

    List<Safeguard> safeguards(KeyTask task) {
        return links.sources(task, TraceKind.SUPPORTS, Safeguard.class);
    }

    List<RegistryItem> items(KeyTask task) {
        return links.sources(task, TraceKind.IMPLEMENTS, RegistryItem.class);
    }

    boolean implementsATask(RegistryItem item) {
        return !links.targets(item, TraceKind.IMPLEMENTS, KeyTask.class).isEmpty();
    }

    boolean hasIndicator(KeyTask task) {
        return !indicators(task).isEmpty();
    }

    boolean hasSafeguard(KeyTask task) {
        return !safeguards(task).isEmpty();
    }

    boolean hasItems(KeyTask task) {
        return !items(task).isEmpty();
    }

    private List<KeyTask> inPlanOrder(List<KeyTask> linked) {
        return tasks.stream().filter(linked::contains).toList();
    }
}
