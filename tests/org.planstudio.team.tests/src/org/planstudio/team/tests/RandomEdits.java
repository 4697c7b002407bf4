package org.planstudio.team.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;

/**
 * One client's random edits to its copy of the campaign plan. The pools are small (eight tasks,
 * a handful of platforms) so that two clients often hit the same element and field. Each edit
 * returns the fields it touched ({@link CampaignPlan#read} form); every value is new, so no edit
 * is a no-op that would pass unnoticed.
 */
final class RandomEdits {

    private final String client;
    private final Random random;
    private int made;

    RandomEdits(String client, long seed) {
        this.client = client;
        this.random = new Random(seed);
    }

    /** A short name of the edit and the fields it touched. */
    record Applied(String kind, List<String> fields) {
    }

    Applied apply(Plan plan) {
        made++;
        String stamp = client + "-" + made;
        int choice = random.nextInt(100);
        if (choice < 14) {
            KeyTask task = task(plan);
            task.getTitle().setZh("标题 " + stamp);
            return applied("task title", task.getId() + "#title");
        }
        if (choice < 22) {
            KeyTask task = task(plan);
            task.setText(Texts.of("说明 " + stamp));
            return applied("task text", task.getId() + "#text");
        }
        if (choice < 30) {
            KeyTask task = task(plan);
            task.setNumber(100 + made * 10 + Math.floorMod(client.hashCode(), 10));
            return applied("task number", task.getId() + "#number");
        }
        if (choice < 38) {
            KeyTask task = task(plan);
            task.setStatus(other(TaskStatus.VALUES, task.getStatus()));
            return applied("task status", task.getId() + "#status");
        }
        if (choice < 46) {
            KeyTask task = task(plan);
            List<TaskArea> areas = new ArrayList<>(plan.getTaskAreas());
            areas.remove(task.eContainer());
            areas.get(random.nextInt(areas.size())).getTasks().add(task);
            return applied("task moved", task.getId() + "#" + CampaignPlan.AREA);
        }
        if (choice < 54 && !plan.getPlatforms().isEmpty()) {
            Platform platform = pick(plan.getPlatforms());
            platform.getName().setZh("平台 " + stamp);
            return applied("platform name", platform.getId() + "#name");
        }
        if (choice < 60 && !plan.getPlatforms().isEmpty()) {
            Platform platform = pick(plan.getPlatforms());
            platform.setStatus(other(ItemStatus.VALUES, platform.getStatus()));
            return applied("platform status", platform.getId() + "#status");
        }
        if (choice < 66) {
            JointProject project = pick(plan.getJointProjects());
            project.setBudget(new BigDecimal(made + "." + Math.floorMod(client.hashCode(), 100)).add(BigDecimal.TEN));
            return applied("project budget", project.getId() + "#budget");
        }
        if (choice < 71) {
            Indicator indicator = pick(plan.getGoals().get(0).getIndicators());
            indicator.setTarget(BigDecimal.valueOf(1000L + made).add(new BigDecimal("0." + (1 + random.nextInt(9)))));
            return applied("indicator target", indicator.getId() + "#target");
        }
        if (choice < 75) {
            plan.getTitle().setZh("规划 " + stamp);
            return applied("plan title", plan.getId() + "#title");
        }
        if (choice < 83 || plan.getPlatforms().size() < 3) {
            Platform platform = CampaignPlan.platform("platform-" + stamp, "新平台 " + stamp);
            plan.getPlatforms().add(platform);
            return applied("platform added", platform.getId() + "#" + CampaignPlan.EXISTS, platform.getId() + "#name");
        }
        if (choice < 89) {
            Platform platform = pick(plan.getPlatforms());
            List<String> fields = new ArrayList<>(List.of(platform.getId() + "#" + CampaignPlan.EXISTS));
            // As the editor does: a deleted item takes the links from and to it along.
            for (TraceLink link : List.copyOf(plan.getTraceLinks())) {
                if (link.getSource() == platform || link.getTarget() == platform) {
                    plan.getTraceLinks().remove(link);
                    fields.add(link.getId() + "#" + CampaignPlan.EXISTS);
                }
            }
            plan.getPlatforms().remove(platform);
            return new Applied("platform removed", fields);
        }
        if (choice < 95 || plan.getTraceLinks().isEmpty()) {
            TraceLink link = CampaignPlan.link(plan, "link-" + stamp, pick(plan.getPlatforms()), task(plan));
            return applied("link added", link.getId() + "#" + CampaignPlan.EXISTS);
        }
        TraceLink link = pick(plan.getTraceLinks());
        plan.getTraceLinks().remove(link);
        return applied("link removed", link.getId() + "#" + CampaignPlan.EXISTS);
    }

    private static Applied applied(String kind, String... fields) {
        return new Applied(kind, List.of(fields));
    }

    private KeyTask task(Plan plan) {
        List<KeyTask> tasks = new ArrayList<>();
        plan.getTaskAreas().forEach(area -> tasks.addAll(area.getTasks()));
        return pick(tasks);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> T other(List<T> values, T current) {
        List<T> others = new ArrayList<>(values);
        others.remove(current);
        return pick(others);
    }
}
