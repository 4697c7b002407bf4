package org.planstudio.trace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.CountingRule;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;

/** Builds small plans by hand for the tests: one call per element, ids as given. */
final class TestModel {

    static final PlanFactory F = PlanFactory.eINSTANCE;

    final Plan plan = F.createPlan();
    private int links;

    TestModel(int startYear, int endYear) {
        plan.setId("plan");
        plan.setTitle(Texts.of("测试行动计划", "Test action plan"));
        plan.setStartYear(startYear);
        plan.setEndYear(endYear);
    }

    Organization organization(String id) {
        Organization organization = F.createOrganization();
        organization.setId(id);
        organization.setName(Texts.of("单位" + id, "Unit " + id));
        plan.getOrganizations().add(organization);
        return organization;
    }

    Country country(String code) {
        Country country = F.createCountry();
        country.setId("country." + code);
        country.setCode(code);
        plan.getCountries().add(country);
        return country;
    }

    Principle principle(String id) {
        Principle principle = F.createPrinciple();
        principle.setId(id);
        principle.setName(Texts.of("原则" + id, "Principle " + id));
        plan.getPrinciples().add(principle);
        return principle;
    }

    Indicator indicator(String id, String zh, String en, int target, Accumulation accumulation, RegistryKind registry,
            List<String> types, List<ItemStatus> statuses, boolean withinPlanPeriod) {
        if (plan.getGoals().isEmpty()) {
            Goal goal = F.createGoal();
            goal.setId("goal");
            plan.getGoals().add(goal);
        }
        Indicator indicator = F.createIndicator();
        indicator.setId(id);
        indicator.setName(Texts.of(zh, en));
        indicator.setUnit(Texts.of("个", "platforms"));
        indicator.setTarget(BigDecimal.valueOf(target));
        indicator.setTargetYear(plan.getEndYear());
        indicator.setAccumulation(accumulation);
        CountingRule rule = F.createCountingRule();
        rule.setRegistry(registry);
        rule.getItemTypes().addAll(types);
        rule.getStatuses().addAll(statuses);
        rule.setWithinPlanPeriod(withinPlanPeriod);
        indicator.setCountingRule(rule);
        plan.getGoals().get(0).getIndicators().add(indicator);
        return indicator;
    }

    TaskArea area(String id, int number) {
        TaskArea area = F.createTaskArea();
        area.setId(id);
        area.setNumber(number);
        area.setTitle(Texts.of("领域" + number, "Area " + number));
        plan.getTaskAreas().add(area);
        return area;
    }

    KeyTask task(TaskArea area, String id, int number, String domain, String zh, String en, Organization lead) {
        KeyTask task = F.createKeyTask();
        task.setId(id);
        task.setNumber(number);
        task.setTitle(Texts.of(zh, en));
        task.setDomainId(domain);
        if (lead != null) {
            task.getLeadUnits().add(lead);
        }
        area.getTasks().add(task);
        return task;
    }

    Safeguard safeguard(String id, int number) {
        Safeguard safeguard = F.createSafeguard();
        safeguard.setId(id);
        safeguard.setNumber(number);
        safeguard.setTitle(Texts.of("保障" + number, "Safeguard " + number));
        plan.getSafeguards().add(safeguard);
        return safeguard;
    }

    /** A platform; {@code start} and {@code end} are ISO days or null. */
    RegistryItem platform(String id, String type, ItemStatus status, String start, String end, Country... countries) {
        RegistryItem item = F.createPlatform();
        fill(item, id, type, status, start, end, countries);
        plan.getPlatforms().add((org.planstudio.model.plan.Platform) item);
        return item;
    }

    RegistryItem expert(String id, ItemStatus status, String start) {
        RegistryItem item = F.createExpert();
        fill(item, id, "senior", status, start, null);
        plan.getExperts().add((org.planstudio.model.plan.Expert) item);
        return item;
    }

    private static void fill(RegistryItem item, String id, String type, ItemStatus status, String start, String end,
            Country... countries) {
        item.setId(id);
        item.setName(Texts.of("条目" + id, "Item " + id));
        item.setType(type);
        item.setStatus(status);
        if (start != null) {
            item.setStartDate(PlanDates.toDate(LocalDate.parse(start)));
        }
        if (end != null) {
            item.setEndDate(PlanDates.toDate(LocalDate.parse(end)));
        }
        item.getPartnerCountries().addAll(List.of(countries));
    }

    TraceLink link(TraceKind kind, Identified source, Identified target) {
        TraceLink link = F.createTraceLink();
        link.setId("link." + ++links);
        link.setKind(kind);
        link.setSource(source);
        link.setTarget(target);
        plan.getTraceLinks().add(link);
        return link;
    }
}
