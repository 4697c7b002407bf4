package org.planstudio.team.tests;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;

/**
 * The plan the concurrency campaign edits, and how the campaign reads one field of it: a field is
 * "element id # feature name", read reflectively so that what a client records after its edit and
 * what the final plan holds are compared in one form.
 */
final class CampaignPlan {

    static final String ID = "campaign-plan";
    static final String EXISTS = "exists";
    static final String AREA = "area";
    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private CampaignPlan() {
    }

    /** Three task areas, eight tasks, six platforms, three joint projects, two indicators, links. */
    static Plan create() {
        Plan plan = F.createPlan();
        plan.setId(ID);
        plan.setTitle(Texts.of("并发测试规划", "Concurrency campaign plan"));
        Organization office = F.createOrganization();
        office.setId("org-office");
        office.setName(Texts.of("起草办公室"));
        plan.getOrganizations().add(office);
        for (int a = 1; a <= 3; a++) {
            TaskArea area = F.createTaskArea();
            area.setId("area-" + a);
            area.setNumber(a);
            area.setTitle(Texts.of("任务领域" + a));
            plan.getTaskAreas().add(area);
        }
        for (int t = 1; t <= 8; t++) {
            KeyTask task = F.createKeyTask();
            task.setId("task-" + t);
            task.setNumber(t);
            task.setTitle(Texts.of("任务" + t));
            task.setText(Texts.of("任务" + t + "的说明"));
            task.getLeadUnits().add(office);
            plan.getTaskAreas().get(t % 3).getTasks().add(task);
        }
        Goal goal = F.createGoal();
        goal.setId("goal-1");
        goal.setTitle(Texts.of("目标"));
        for (int i = 1; i <= 2; i++) {
            Indicator indicator = F.createIndicator();
            indicator.setId("indicator-" + i);
            indicator.setName(Texts.of("指标" + i));
            indicator.setTarget(BigDecimal.valueOf(100L * i));
            goal.getIndicators().add(indicator);
        }
        plan.getGoals().add(goal);
        for (int p = 1; p <= 6; p++) {
            plan.getPlatforms().add(platform("platform-" + p, "平台" + p));
        }
        for (int j = 1; j <= 3; j++) {
            JointProject project = F.createJointProject();
            project.setId("project-" + j);
            project.setName(Texts.of("联合项目" + j));
            project.setStatus(ItemStatus.PLANNED);
            project.setBudget(new BigDecimal("1000.00"));
            plan.getJointProjects().add(project);
        }
        for (int l = 1; l <= 4; l++) {
            link(plan, "link-" + l, plan.getPlatforms().get(l), find(plan, "task-" + l).orElseThrow());
        }
        return plan;
    }

    static Platform platform(String id, String name) {
        Platform platform = F.createPlatform();
        platform.setId(id);
        platform.setName(Texts.of(name));
        platform.setStatus(ItemStatus.PLANNED);
        return platform;
    }

    static TraceLink link(Plan plan, String id, Identified source, Identified target) {
        TraceLink link = F.createTraceLink();
        link.setId(id);
        link.setKind(TraceKind.IMPLEMENTS);
        link.setSource(source);
        link.setTarget(target);
        plan.getTraceLinks().add(link);
        return link;
    }

    static Optional<Identified> find(Plan plan, String id) {
        return Optional.ofNullable(index(plan).get(id));
    }

    /** Every element of {@code plan} by id, the plan itself included. */
    static Map<String, Identified> index(Plan plan) {
        Map<String, Identified> index = new HashMap<>();
        index.put(plan.getId(), plan);
        for (Iterator<EObject> all = plan.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Identified identified && identified.getId() != null) {
                index.put(identified.getId(), identified);
            }
        }
        return index;
    }

    /** The field's value in {@code plan}; empty when the element does not exist (except for "exists"). */
    static Optional<String> read(Plan plan, String field) {
        return read(index(plan), field);
    }

    /** The same from an {@link #index} of the plan, for reading many fields. */
    static Optional<String> read(Map<String, Identified> plan, String field) {
        int hash = field.indexOf('#');
        String id = field.substring(0, hash);
        String feature = field.substring(hash + 1);
        Optional<Identified> element = Optional.ofNullable(plan.get(id));
        if (feature.equals(EXISTS)) {
            return Optional.of(element.isPresent() ? "yes" : "no");
        }
        if (element.isEmpty()) {
            return Optional.empty();
        }
        if (feature.equals(AREA)) {
            return Optional.of(((Identified) element.get().eContainer()).getId());
        }
        EStructuralFeature structural = element.get().eClass().getEStructuralFeature(feature);
        return Optional.of(text(element.get().eGet(structural)));
    }

    private static String text(Object value) {
        if (value instanceof LocalizedText localized) {
            return String.valueOf(localized.getZh());
        }
        if (value instanceof BigDecimal decimal) {
            // 1000.00 and 1000 are the same budget; the store keeps the scale, the campaign need not care.
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        return String.valueOf(value);
    }
}
