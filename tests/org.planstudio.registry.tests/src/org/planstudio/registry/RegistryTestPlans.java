package org.planstudio.registry;

import java.time.LocalDate;
import java.util.Locale;

import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.OrganizationKind;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;

/**
 * A plan to import into: two organisations, tasks 1, 2, 7, 8 and 9, the partner country Russia
 * and one platform (P-EXIST) already registered.
 */
public final class RegistryTestPlans {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private RegistryTestPlans() {
    }

    public static Plan plan() {
        Plan plan = F.createPlan();
        plan.setId("plan");
        plan.setTitle(Texts.of("行动计划", "Action Plan"));
        plan.getOrganizations().add(organization("org.commission", "北京市科学技术委员会", "市科委"));
        plan.getOrganizations().add(organization("org.zgc", "中关村科技园区管理委员会", "中关村管委会"));
        TaskArea area = F.createTaskArea();
        area.setId("area.1");
        area.setNumber(1);
        for (int number : new int[] { 1, 2, 7, 8, 9 }) {
            KeyTask task = F.createKeyTask();
            task.setId(String.format(Locale.ROOT, "task.%02d", number));
            task.setNumber(number);
            task.setTitle(Texts.of("任务" + number));
            area.getTasks().add(task);
        }
        plan.getTaskAreas().add(area);
        Country russia = F.createCountry();
        russia.setId("country.ru");
        russia.setCode("RU");
        russia.setName(Texts.of("俄罗斯", "Russia"));
        plan.getCountries().add(russia);
        Platform existing = F.createPlatform();
        existing.setId("P-EXIST");
        existing.setName(Texts.of("已有平台"));
        existing.setType("joint_laboratory");
        existing.setStatus(ItemStatus.ACTIVE);
        existing.setStartDate(PlanDates.toDate(LocalDate.of(2023, 1, 1)));
        plan.getPlatforms().add(existing);
        return plan;
    }

    public static KeyTask task(Plan plan, int number) {
        return plan.getTaskAreas().get(0).getTasks().stream().filter(t -> t.getNumber() == number).findFirst()
                .orElseThrow();
    }

    private static Organization organization(String id, String zh, String shortName) {
        Organization organization = F.createOrganization();
        organization.setId(id);
        organization.setName(Texts.of(zh));
        organization.setShortName(shortName);
        organization.setKind(OrganizationKind.GOVERNMENT);
        return organization;
    }
}
