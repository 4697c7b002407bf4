package org.planstudio.store.internal.tools;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.InnovationEntity;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;

/**
 * A large, deterministic plan for load and crash tests: the same (id, revision, size) always
 * gives an equal plan, and every revision changes every registry item, so each save is big.
 */
public final class SyntheticPlan {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private SyntheticPlan() {
    }

    public static Plan build(String id, int revision, int itemsPerKind) {
        Plan plan = F.createPlan();
        plan.setId(id);
        plan.setTitle(Texts.of("合成测试规划 " + id, "Synthetic plan " + id));
        plan.setStartYear(2024);
        plan.setEndYear(2027);
        plan.setDocumentNumber("r" + revision);
        plan.setGuidingIdeology(Texts.of("指导思想。".repeat(2000) + revision));
        Organization host = F.createOrganization();
        host.setId("org-1");
        host.setName(Texts.of("北京市科学技术委员会"));
        plan.getOrganizations().add(host);
        for (int c = 0; c < 10; c++) {
            Country country = F.createCountry();
            country.setId("country-" + c);
            country.setCode("C" + c);
            plan.getCountries().add(country);
        }
        TaskArea area = F.createTaskArea();
        area.setId("area-1");
        plan.getTaskAreas().add(area);
        for (int t = 1; t <= 12; t++) {
            KeyTask task = F.createKeyTask();
            task.setId("task-" + t);
            task.setNumber(t);
            area.getTasks().add(task);
        }
        for (int i = 0; i < itemsPerKind; i++) {
            add(plan, plan.getPlatforms(), F.createPlatform(), "platform-" + i, i, revision);
            InnovationEntity entity =
                    add(plan, plan.getInnovationEntities(), F.createInnovationEntity(), "entity-" + i, i, revision);
            entity.setCreditCode("91110000" + i);
            add(plan, plan.getExperts(), F.createExpert(), "expert-" + i, i, revision).setAffiliation("清华大学");
            JointProject project = add(plan, plan.getJointProjects(), F.createJointProject(), "project-" + i, i, revision);
            project.setBudget(new BigDecimal("1000.50").add(BigDecimal.valueOf(revision)));
            project.getParticipants().add(entity);
        }
        return plan;
    }

    static <T extends RegistryItem> T add(Plan plan, List<T> list, T item, String id, int i, int revision) {
        item.setId(id);
        item.setName(Texts.of("项目 " + id, "Item " + id));
        item.setDescription(Texts.of("第 " + revision + " 版的说明：" + "合作内容".repeat(20)));
        item.setType("type-" + (i % 3));
        item.setStatus(ItemStatus.get(i % ItemStatus.VALUES.size()));
        item.setStartDate(new Date(1_704_067_200_000L + i * 86_400_000L));
        item.setHostOrganization(plan.getOrganizations().get(0));
        item.getPartnerCountries().add(plan.getCountries().get(i % 10));
        item.getPartnerCountries().add(plan.getCountries().get((i + 3) % 10));
        AttributeValue value = F.createAttributeValue();
        value.setKey("revision");
        value.setValue(Integer.toString(revision));
        item.getAttributes().add(value);
        list.add(item);
        KeyTask task = plan.getTaskAreas().get(0).getTasks().get(i % 12);
        TraceLink link = F.createTraceLink();
        link.setId("implements-" + id);
        link.setKind(TraceKind.IMPLEMENTS);
        link.setSource(item);
        link.setTarget(task);
        plan.getTraceLinks().add(link);
        return item;
    }
}
