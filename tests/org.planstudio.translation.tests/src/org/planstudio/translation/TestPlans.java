package org.planstudio.translation;

import org.planstudio.model.plan.CountingRule;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.text.Texts;

/**
 * A small plan with texts in every translation state: the plan's title and task 1 translated,
 * task 2 without English, task 3 translated and then its Chinese changed, an indicator's counting
 * rule (an element without an id) with a description to translate, and an empty text.
 */
public final class TestPlans {

    public static final String TASK_2_TITLE = "开展联合研发项目";

    private TestPlans() {
    }

    public static Plan plan() {
        PlanFactory f = PlanFactory.eINSTANCE;
        Plan plan = f.createPlan();
        plan.setId("plan-t");
        plan.setTitle(Texts.of("测试行动计划", "Test Action Plan"));
        TaskArea area = f.createTaskArea();
        area.setId("area-1");
        area.setNumber(1);
        area.setTitle(Texts.of("科技合作"));
        plan.getTaskAreas().add(area);
        area.getTasks().add(task("task-1", 1, Texts.of("建设联合实验室", "Build joint laboratories")));
        area.getTasks().add(task("task-2", 2, Texts.of(TASK_2_TITLE)));
        KeyTask third = task("task-3", 3, Texts.of("培养青年人才", "Train young scientists"));
        third.getTitle().setZh("培养青年科技人才");
        third.setText(Texts.of(""));
        area.getTasks().add(third);
        Goal goal = f.createGoal();
        goal.setId("goal-1");
        plan.getGoals().add(goal);
        Indicator indicator = f.createIndicator();
        indicator.setId("ind-1");
        indicator.setName(Texts.of("科技创新合作平台", "S&T innovation platforms"));
        CountingRule rule = f.createCountingRule();
        rule.setDescription(Texts.of("计入运行中的平台"));
        indicator.setCountingRule(rule);
        goal.getIndicators().add(indicator);
        return plan;
    }

    private static KeyTask task(String id, int number, org.planstudio.model.plan.LocalizedText title) {
        KeyTask task = PlanFactory.eINSTANCE.createKeyTask();
        task.setId(id);
        task.setNumber(number);
        task.setTitle(title);
        return task;
    }
}
