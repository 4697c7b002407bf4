package org.planstudio.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.CountingRule;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.OrganizationKind;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanStatus;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;

/** A small plan with every kind of value a .plan file holds: texts, references, enums, dates, decimals. */
public final class TestPlans {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private TestPlans() {
    }

    public static Plan small() {
        Plan plan = F.createPlan();
        plan.setId("plan");
        plan.setTitle(Texts.of("行动计划", "Action Plan"));
        plan.setStatus(PlanStatus.DRAFT_FOR_COMMENT);
        plan.setStartYear(2024);
        plan.setEndYear(2027);

        Organization commission = organization("org.commission", "市科委");
        Organization park = organization("org.park", "中关村管委会");
        plan.getOrganizations().addAll(List.of(commission, park));
        plan.getIssuers().addAll(List.of(commission, park));

        Goal goal = F.createGoal();
        goal.setId("goal");
        Indicator platforms = F.createIndicator();
        platforms.setId("ind.platforms");
        platforms.setName(Texts.of("建设科技创新平台", "Platforms built"));
        platforms.setTarget(new BigDecimal("100"));
        platforms.setAccumulation(Accumulation.CUMULATIVE);
        CountingRule rule = F.createCountingRule();
        rule.setRegistry(RegistryKind.PLATFORM);
        rule.getStatuses().addAll(List.of(ItemStatus.ACTIVE, ItemStatus.COMPLETED));
        platforms.setCountingRule(rule);
        goal.getIndicators().add(platforms);
        plan.getGoals().add(goal);

        TaskArea first = area("area.1", 1, task("task.01", 1, commission), task("task.02", 2, park));
        TaskArea second = area("area.2", 2, task("task.03", 3, commission));
        plan.getTaskAreas().addAll(List.of(first, second));

        plan.getTraceLinks().add(link("link.1", TraceKind.CONTRIBUTES_TO, first.getTasks().get(0), platforms));
        plan.getTraceLinks().add(link("link.2", TraceKind.CONTRIBUTES_TO, second.getTasks().get(0), platforms));
        return plan;
    }

    public static Organization organization(String id, String zh) {
        Organization organization = F.createOrganization();
        organization.setId(id);
        organization.setName(Texts.of(zh));
        organization.setKind(OrganizationKind.GOVERNMENT);
        return organization;
    }

    public static TraceLink link(String id, TraceKind kind, org.planstudio.model.plan.Identified source,
            org.planstudio.model.plan.Identified target) {
        TraceLink link = F.createTraceLink();
        link.setId(id);
        link.setKind(kind);
        link.setSource(source);
        link.setTarget(target);
        return link;
    }

    private static TaskArea area(String id, int number, KeyTask... tasks) {
        TaskArea area = F.createTaskArea();
        area.setId(id);
        area.setNumber(number);
        area.getTasks().addAll(List.of(tasks));
        return area;
    }

    private static KeyTask task(String id, int number, Organization lead) {
        KeyTask task = F.createKeyTask();
        task.setId(id);
        task.setNumber(number);
        task.setTitle(Texts.of("任务" + number));
        task.getLeadUnits().add(lead);
        task.setDeadline(Date.from(LocalDate.of(2027, 12, 31).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
        return task;
    }
}
