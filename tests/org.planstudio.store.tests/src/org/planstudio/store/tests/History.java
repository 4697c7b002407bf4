package org.planstudio.store.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Expert;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.text.Texts;

/**
 * A deterministic multi-revision history of one plan: each revision is an edit of the one
 * before, touching a different part each time (a title, an added and a removed element, a moved
 * element, a reordered list, a registry item, links, a reference list, a nested text), so that
 * point-in-time reads of every revision check that nothing leaks between revisions. The
 * migration fixture (src/.../fixtures/store-v1.zip) was written from this history by
 * {@link V1FixtureMaker} with the data format 1 store.
 */
final class History {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private History() {
    }

    static List<Plan> of(String planId) {
        List<Plan> revisions = new ArrayList<>();
        Plan plan = TestPlans.rich(planId);
        revisions.add(PlanResources.copy(plan));

        // 2: a task's title, a new link between plan elements, an item's budget.
        KeyTask t1 = tasks(plan).get(0);
        t1.setTitle(Texts.of("任务一（修订）", "Task one (revised)"));
        Principle principle = plan.getPrinciples().get(0);
        TestPlans.link(plan, "link-t2-guided", TraceKind.GUIDED_BY, tasks(plan).get(1), principle, false);
        plan.getJointProjects().get(0).setBudget(new BigDecimal("1300.50"));
        revisions.add(PlanResources.copy(plan));

        // 3: a new task area with a task, a new goal with an indicator, a registry item removed.
        TaskArea area = F.createTaskArea();
        area.setId("area-2");
        area.setTitle(Texts.of("第二领域"));
        plan.getTaskAreas().add(area);
        KeyTask t3 = F.createKeyTask();
        t3.setId("task-3");
        t3.setNumber(3);
        t3.setTitle(Texts.of("任务三"));
        t3.getLeadUnits().add(plan.getOrganizations().get(1));
        area.getTasks().add(t3);
        Goal goal = F.createGoal();
        goal.setId("goal-2");
        Indicator indicator = F.createIndicator();
        indicator.setId("ind-2");
        indicator.setName(Texts.of("指标二", "Indicator two"));
        indicator.setTarget(new BigDecimal("7.50"));
        goal.getIndicators().add(indicator);
        plan.getGoals().add(goal);
        plan.getPlatforms().removeIf(p -> p.getId().equals("platform-bare"));
        revisions.add(PlanResources.copy(plan));

        // 4: task-2 moves to the new area, the lists of tasks and organisations reorder, an
        // expert's nested translation changes, a comment is removed with the link about it.
        KeyTask t2 = tasks(plan).stream().filter(t -> t.getId().equals("task-2")).findFirst().orElseThrow();
        area.getTasks().add(0, t2);
        plan.getOrganizations().move(0, plan.getOrganizations().size() - 1);
        Expert expert = plan.getExperts().get(0);
        expert.getField().getTranslations().get(0).setText("Artificial intelligence");
        Comment comment = plan.getConsultations().get(0).getComments().get(0);
        plan.getTraceLinks().removeIf(l -> l.getSource() == comment || l.getTarget() == comment);
        plan.getConsultations().get(0).getComments().remove(comment);
        revisions.add(PlanResources.copy(plan));

        // 5: a principle removed (with its links), an item added, a text cleared, the plan header edited.
        plan.getTraceLinks().removeIf(l -> l.getTarget() == principle || l.getSource() == principle);
        plan.getPrinciples().remove(principle);
        Platform lab2 = F.createPlatform();
        lab2.setId("platform-lab-2");
        lab2.setName(Texts.of("第二实验室"));
        lab2.getPartnerCountries().add(plan.getCountries().get(2));
        plan.getPlatforms().add(0, lab2);
        TestPlans.link(plan, "link-lab-2", TraceKind.IMPLEMENTS, lab2, t3, false);
        t1.setTitle(null);
        plan.setDocumentNumber("京科发〔2024〕1号");
        plan.setEndYear(2028);
        revisions.add(PlanResources.copy(plan));

        // 6: nothing changed but the message (an empty save is a revision too).
        revisions.add(PlanResources.copy(plan));
        return revisions;
    }

    private static List<KeyTask> tasks(Plan plan) {
        return plan.getTaskAreas().stream().flatMap(a -> a.getTasks().stream()).toList();
    }
}
