package org.planstudio.trace.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.CountingRule;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.OrganizationKind;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanStatus;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;

/** Builds one generated plan from its own random stream, so plans do not depend on each other. */
final class SyntheticPlanBuilder {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    // Elements compare by identity, so this is cheap and exact.
    private record Edge(TraceKind kind, Identified source, Identified target) {
    }
    private static final String[] DOMAINS = { "ict", "health", "emerging", "livelihood", "agriculture", "energy", "transport" };
    private static final String[] COUNTRIES = { "KZ", "UZ", "KG", "TJ", "PK", "TH", "VN", "LA", "KH", "MY", "ID", "SG",
        "PH", "MM", "BD", "LK", "NP", "MN", "RU", "BY", "RS", "HU", "PL", "EG", "SA", "AE", "IR", "TR", "KE", "ET" };

    private final Random random;
    private final int index;
    private final String id;
    private final int tasks;
    private final int items;
    private final int linkBudget;
    private final Plan plan = F.createPlan();
    /** Links made so far: an element links to another at most once per kind. */
    private final Set<Edge> edges = new HashSet<>();
    private int linkCount;

    SyntheticPlanBuilder(long seed, int index, int tasks, int items, int links) {
        // A stream per plan: plan 7 is the same whether 10 or 50 plans are generated.
        this.random = new Random(seed * 1_000_003L + index);
        this.index = index;
        this.id = String.format("gen-%02d", index);
        this.tasks = tasks;
        this.items = items;
        this.linkBudget = links;
    }

    Plan build() {
        plan.setId(id);
        plan.setTitle(Texts.of("合成行动计划 " + id, "Synthetic action plan " + id));
        plan.setStatus(PlanStatus.FINAL);
        plan.setStartYear(2023 + random.nextInt(3));
        plan.setEndYear(plan.getStartYear() + 3 + random.nextInt(2));
        for (int o = 0; o < 12; o++) {
            Organization organization = F.createOrganization();
            organization.setId(id + ".org." + o);
            organization.setName(Texts.of("单位 " + o, "Unit " + o));
            organization.setKind(o < 4 ? OrganizationKind.GOVERNMENT : OrganizationKind.values()[o % 10]);
            plan.getOrganizations().add(organization);
        }
        for (String code : COUNTRIES) {
            Country country = F.createCountry();
            country.setId(id + ".country." + code);
            country.setCode(code);
            plan.getCountries().add(country);
        }
        for (int n = 1; n <= 3; n++) {
            Principle principle = F.createPrinciple();
            principle.setId(id + ".principle." + n);
            principle.setNumber(n);
            principle.setName(Texts.of("原则 " + n, "Principle " + n));
            plan.getPrinciples().add(principle);
        }
        List<Indicator> indicators = indicators();
        List<KeyTask> keyTasks = tasks();
        List<Safeguard> safeguards = safeguards();
        structuralLinks(keyTasks, indicators, safeguards);
        List<RegistryItem> registry = new SyntheticRegistry(plan, random).fill(items);
        implementsLinks(registry, keyTasks);
        return plan;
    }

    private List<Indicator> indicators() {
        Goal goal = F.createGoal();
        goal.setId(id + ".goal");
        goal.setTitle(Texts.of("总体目标", "Overall goal"));
        goal.setTargetYear(plan.getEndYear());
        plan.getGoals().add(goal);
        int perKind = items / 10;
        indicator(goal, "platforms", RegistryKind.PLATFORM, perKind * 3, Accumulation.CUMULATIVE, true,
                List.of(), List.of(ItemStatus.ACTIVE, ItemStatus.COMPLETED));
        indicator(goal, "projects", RegistryKind.JOINT_PROJECT, perKind * 3, Accumulation.CUMULATIVE, true,
                List.of(), List.of(ItemStatus.ACTIVE, ItemStatus.COMPLETED));
        indicator(goal, "entities", RegistryKind.INNOVATION_ENTITY, perKind * 3, Accumulation.CUMULATIVE, true,
                List.of(), List.of(ItemStatus.PLANNED, ItemStatus.ACTIVE, ItemStatus.COMPLETED, ItemStatus.SUSPENDED));
        indicator(goal, "senior-experts", RegistryKind.EXPERT, perKind / 2, Accumulation.ANNUAL, false,
                List.of("academician", "senior"), List.of(ItemStatus.ACTIVE));
        indicator(goal, "joint-labs", RegistryKind.PLATFORM, perKind / 3, Accumulation.ANNUAL, true,
                List.of("joint-lab"), List.of());
        return goal.getIndicators();
    }

    // Targets scale with the registry, some within reach and some not.
    private void indicator(Goal goal, String code, RegistryKind registry, int size, Accumulation accumulation,
            boolean withinPeriod, List<String> types, List<ItemStatus> statuses) {
        Indicator indicator = F.createIndicator();
        indicator.setId(id + ".ind." + code);
        indicator.setCode(code);
        indicator.setName(Texts.of("指标 " + code, "Indicator " + code));
        indicator.setUnit(Texts.of("个", "items"));
        indicator.setAccumulation(accumulation);
        indicator.setTargetYear(plan.getEndYear());
        int years = plan.getEndYear() - plan.getStartYear() + 1;
        double share = 0.4 + random.nextDouble();
        long target = Math.max(1, Math.round(accumulation == Accumulation.CUMULATIVE ? size * share : size * share / years));
        indicator.setTarget(BigDecimal.valueOf(target));
        CountingRule rule = F.createCountingRule();
        rule.setRegistry(registry);
        rule.setWithinPlanPeriod(withinPeriod);
        rule.getItemTypes().addAll(types);
        rule.getStatuses().addAll(statuses);
        indicator.setCountingRule(rule);
        goal.getIndicators().add(indicator);
    }

    private List<KeyTask> tasks() {
        int areas = Math.min(tasks, 3 + random.nextInt(3));
        for (int a = 1; a <= areas; a++) {
            TaskArea area = F.createTaskArea();
            area.setId(id + ".area." + a);
            area.setNumber(a);
            area.setTitle(Texts.of("任务领域 " + a, "Task area " + a));
            plan.getTaskAreas().add(area);
        }
        List<KeyTask> result = new ArrayList<>();
        for (int n = 1; n <= tasks; n++) {
            KeyTask task = F.createKeyTask();
            task.setId(id + ".task." + n);
            task.setNumber(n);
            task.setTitle(Texts.of("重点任务 " + n, "Key task " + n));
            task.setText(Texts.of("任务 " + n + " 的内容。", "What task " + n + " does."));
            task.setDomainId(random.nextInt(10) < 3 ? null : DOMAINS[random.nextInt(DOMAINS.length)]);
            // Gaps at fixed places, so that every plan of 7 tasks or more has some: tasks 7, 47 have
            // no lead unit, tasks 11, 41 are cancelled, tasks 3, 23, 43 serve no indicator.
            if (n % 40 != 7) {
                task.getLeadUnits().add(plan.getOrganizations().get(random.nextInt(4)));
            }
            task.getSupportingUnits().add(plan.getOrganizations().get(4 + random.nextInt(8)));
            task.setDeadline(PlanDates.toDate(LocalDate.of(plan.getEndYear(), 12, 31)));
            task.setStatus(n % 30 == 11 ? TaskStatus.CANCELLED : TaskStatus.IN_PROGRESS);
            plan.getTaskAreas().get((n - 1) * plan.getTaskAreas().size() / tasks).getTasks().add(task);
            result.add(task);
        }
        return result;
    }

    private List<Safeguard> safeguards() {
        for (int n = 1; n <= 3; n++) {
            Safeguard safeguard = F.createSafeguard();
            safeguard.setId(id + ".safeguard." + n);
            safeguard.setNumber(n);
            safeguard.setTitle(Texts.of("保障措施 " + n, "Safeguard " + n));
            plan.getSafeguards().add(safeguard);
        }
        return plan.getSafeguards();
    }

    private void structuralLinks(List<KeyTask> keyTasks, List<Indicator> indicators, List<Safeguard> safeguards) {
        // Every fifth plan's last indicator is served by no task.
        int served = index % 5 == 0 ? indicators.size() - 1 : indicators.size();
        for (KeyTask task : keyTasks) {
            if (task.getNumber() % 20 != 3) {
                link(TraceKind.CONTRIBUTES_TO, task, indicators.get(random.nextInt(served)));
                if (random.nextBoolean()) {
                    link(TraceKind.CONTRIBUTES_TO, task, indicators.get(random.nextInt(served)));
                }
            }
            link(TraceKind.GUIDED_BY, task, plan.getPrinciples().get(random.nextInt(3)));
        }
        // The last safeguard of every fourth plan supports nothing.
        int supporting = index % 4 == 0 ? safeguards.size() - 1 : safeguards.size();
        for (int s = 0; s < supporting; s++) {
            for (int k = 0; k < 3 + random.nextInt(6); k++) {
                link(TraceKind.SUPPORTS, safeguards.get(s), keyTasks.get(random.nextInt(keyTasks.size())));
            }
        }
        // Every third plan has a link of the wrong kind: a task "supports" an indicator.
        if (index % 3 == 0) {
            link(TraceKind.SUPPORTS, keyTasks.get(0), indicators.get(0));
        }
    }

    private void implementsLinks(List<RegistryItem> registry, List<KeyTask> keyTasks) {
        // One in fifty items implements nothing.
        for (int i = 0; i < registry.size(); i++) {
            if (random.nextInt(50) != 0) {
                implement(registry, i, keyTasks, random.nextInt(keyTasks.size()));
            }
        }
        // Bounded: a small plan may have fewer item-task pairs than links to spend.
        for (int attempts = 0; linkCount < linkBudget && !registry.isEmpty() && attempts < linkBudget * 4; attempts++) {
            implement(registry, random.nextInt(registry.size()), keyTasks, random.nextInt(keyTasks.size()));
        }
    }

    private void implement(List<RegistryItem> registry, int item, List<KeyTask> keyTasks, int task) {
        link(TraceKind.IMPLEMENTS, registry.get(item), keyTasks.get(task));
    }

    private void link(TraceKind kind, Identified source, Identified target) {
        if (linkCount >= linkBudget || !edges.add(new Edge(kind, source, target))) {
            return;
        }
        TraceLink link = F.createTraceLink();
        link.setId(String.format("%s.link.%06d", id, linkCount++));
        link.setKind(kind);
        link.setSource(source);
        link.setTarget(target);
        link.setSuspect(random.nextInt(100) == 0);
        plan.getTraceLinks().add(link);
    }

}
