package org.planstudio.merge;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;

/** A small base plan (two areas, four tasks, two organisations, a platform, a link) and lookups by id. */
final class Plans {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private Plans() {
    }

    static Plan base() {
        Plan plan = F.createPlan();
        plan.setId("plan");
        plan.setTitle(Texts.of("行动方案", "Action plan"));
        Organization it = organization("org-it", "信息化处");
        Organization health = organization("org-health", "卫生处");
        plan.getOrganizations().add(it);
        plan.getOrganizations().add(health);
        TaskArea first = area("area-1", 1, "数字基础设施");
        TaskArea second = area("area-2", 2, "卫生健康");
        plan.getTaskAreas().add(first);
        plan.getTaskAreas().add(second);
        first.getTasks().add(task("t1", 1, "建设数据中心"));
        first.getTasks().add(task("t2", 2, "联合实验室"));
        first.getTasks().add(task("t3", 3, "数字丝路"));
        second.getTasks().add(task("t4", 4, "远程医疗"));
        Platform platform = F.createPlatform();
        platform.setId("pf-1");
        platform.setName(Texts.of("联合研究中心"));
        plan.getPlatforms().add(platform);
        TraceLink link = F.createTraceLink();
        link.setId("link-1");
        link.setKind(TraceKind.IMPLEMENTS);
        link.setSource(task(plan, "t1"));
        link.setTarget(platform);
        plan.getTraceLinks().add(link);
        return plan;
    }

    static Plan copy(Plan plan) {
        return EcoreUtil.copy(plan);
    }

    static KeyTask task(Plan plan, String id) {
        return (KeyTask) byId(plan, id);
    }

    static TaskArea area(Plan plan, String id) {
        return (TaskArea) byId(plan, id);
    }

    static Organization organization(Plan plan, String id) {
        return (Organization) byId(plan, id);
    }

    static Object byId(Plan plan, String id) {
        for (var it = plan.eAllContents(); it.hasNext();) {
            var element = it.next();
            if (id.equals(EcoreUtil.getID(element))) {
                return element;
            }
        }
        return null;
    }

    static KeyTask task(String id, int number, String zh) {
        KeyTask task = F.createKeyTask();
        task.setId(id);
        task.setNumber(number);
        task.setTitle(Texts.of(zh, "Task " + number));
        task.setStatus(TaskStatus.NOT_STARTED);
        return task;
    }

    static TaskArea area(String id, int number, String zh) {
        TaskArea area = F.createTaskArea();
        area.setId(id);
        area.setNumber(number);
        area.setTitle(Texts.of(zh));
        return area;
    }

    static Organization organization(String id, String zh) {
        Organization organization = F.createOrganization();
        organization.setId(id);
        organization.setName(Texts.of(zh));
        return organization;
    }

    static java.util.List<String> taskIds(TaskArea area) {
        return area.getTasks().stream().map(KeyTask::getId).toList();
    }
}
