package org.planstudio.compare;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanStatus;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;

/**
 * Two revisions of a small plan made by hand, one of each kind of change: task t1 removed (with
 * its link), t5 added, t3 moved to the other area, t2's text rewritten, link l2 pointed at another
 * indicator, the tasks renumbered as an editor would.
 */
final class HandMadeRevisions {

    static final String PLAN_ID = "p.golden";

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private HandMadeRevisions() {
    }

    static Plan first() {
        Plan plan = F.createPlan();
        plan.setId(PLAN_ID);
        plan.setTitle(Texts.of("测试行动计划", "Test Action Plan"));
        plan.setStatus(PlanStatus.DRAFT_FOR_COMMENT);
        plan.setStartYear(2024);
        plan.setEndYear(2027);
        Goal goal = F.createGoal();
        goal.setId("g1");
        goal.setTitle(Texts.of("发展目标"));
        plan.getGoals().add(goal);
        goal.getIndicators().add(indicator("ind1", "联合实验室数量"));
        goal.getIndicators().add(indicator("ind2", "技术转移机构数量"));
        TaskArea people = area(plan, "a1", 1, "科技人文交流");
        TaskArea transfer = area(plan, "a2", 2, "技术转移");
        task(people, "t1", 1, "举办青年科学家论坛", "每年举办一次。");
        task(people, "t2", 2, "建设联合实验室", "建设百个联合实验室。");
        task(people, "t3", 3, "共建科技园区", "与沿线国家共建科技园区。");
        task(transfer, "t4", 1, "建设技术转移中心", "建设区域技术转移中心。");
        link(plan, "l1", "t1", "ind1");
        link(plan, "l2", "t3", "ind1");
        link(plan, "l3", "t2", "ind1");
        return plan;
    }

    static Plan second() {
        Plan plan = EcoreUtil.copy(first());
        TaskArea people = plan.getTaskAreas().get(0);
        TaskArea transfer = plan.getTaskAreas().get(1);
        KeyTask t1 = task(plan, "t1");
        plan.getTraceLinks().remove(link(plan, "l1"));
        people.getTasks().remove(t1);
        KeyTask t2 = task(plan, "t2");
        t2.setNumber(1);
        t2.getText().setZh("建设一百个国际联合实验室，每年新增二十个。");
        KeyTask t3 = task(plan, "t3");
        transfer.getTasks().add(0, t3);
        t3.setNumber(1);
        task(plan, "t4").setNumber(2);
        task(transfer, "t5", 3, "开展联合研究", "支持企业与高校开展联合研究。");
        link(plan, "l2").setTarget(plan.getGoals().get(0).getIndicators().get(1));
        return plan;
    }

    private static Indicator indicator(String id, String name) {
        Indicator indicator = F.createIndicator();
        indicator.setId(id);
        indicator.setName(Texts.of(name));
        indicator.setTarget(BigDecimal.valueOf(100));
        indicator.setTargetYear(2027);
        return indicator;
    }

    private static TaskArea area(Plan plan, String id, int number, String title) {
        TaskArea area = F.createTaskArea();
        area.setId(id);
        area.setNumber(number);
        area.setTitle(Texts.of(title));
        plan.getTaskAreas().add(area);
        return area;
    }

    private static KeyTask task(TaskArea area, String id, int number, String title, String text) {
        KeyTask task = F.createKeyTask();
        task.setId(id);
        task.setNumber(number);
        task.setTitle(Texts.of(title));
        task.setText(Texts.of(text));
        area.getTasks().add(task);
        return task;
    }

    private static void link(Plan plan, String id, String source, String target) {
        TraceLink link = F.createTraceLink();
        link.setId(id);
        link.setKind(TraceKind.CONTRIBUTES_TO);
        link.setSource(PlanQueries.find(plan, source).orElseThrow());
        link.setTarget(PlanQueries.find(plan, target).orElseThrow());
        plan.getTraceLinks().add(link);
    }

    private static KeyTask task(Plan plan, String id) {
        return (KeyTask) PlanQueries.find(plan, id).orElseThrow();
    }

    private static TraceLink link(Plan plan, String id) {
        return (TraceLink) PlanQueries.find(plan, id).orElseThrow();
    }
}
