package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.walk.PlanQueries;

/**
 * Names a task domain (a task's domainId, such as "ict") for readers: the plan has no domain
 * names of its own, but each domain is the subject of a task, so a domain reads as its task
 * ("3. 推动新一代信息技术应用"), or as its id with the task numbers when several tasks share it.
 */
final class DomainLabels {

    private final PlanLabels labels;
    private final Map<String, List<KeyTask>> tasks = new LinkedHashMap<>();

    DomainLabels(Plan plan, PlanLabels labels) {
        this.labels = labels;
        for (KeyTask task : PlanQueries.tasks(plan)) {
            String domain = task.getDomainId() == null ? "" : task.getDomainId().strip();
            tasks.computeIfAbsent(domain, d -> new ArrayList<>()).add(task);
        }
    }

    String label(String domain) {
        if (domain.isEmpty()) {
            return labels.texts().get("progress.noDomain");
        }
        List<KeyTask> of = tasks.getOrDefault(domain, List.of());
        if (of.size() == 1) {
            return labels.element(of.get(0));
        }
        int[] numbers = of.stream().mapToInt(KeyTask::getNumber).toArray();
        return of.isEmpty() ? domain
                : labels.texts().get("progress.domainTasks", domain, NumberRanges.format(numbers,
                        labels.texts().get("list.separator"), labels.texts().get("range.dash")));
    }
}
