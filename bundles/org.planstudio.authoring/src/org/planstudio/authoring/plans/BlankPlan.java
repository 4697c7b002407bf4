package org.planstudio.authoring.plans;

import java.util.Objects;

import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.text.Texts;

/**
 * A new plan with the standard outline of a municipal action plan: general requirements
 * (总体要求: guiding ideology, principles, goals), key tasks (重点任务) and safeguards (保障措施).
 * The parts are the plan's lists; each gets the first element a drafter fills in, with Chinese
 * and English default titles, so that every part of the outline can be opened and extended.
 */
public final class BlankPlan {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private BlankPlan() {
    }

    public static Plan create(PlanSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Plan plan = F.createPlan();
        plan.setId(settings.id());
        Identity.apply(plan, settings);
        plan.setGuidingIdeology(Texts.of(""));

        Goal goal = F.createGoal();
        goal.setId(Ids.newId());
        goal.setTitle(outlineText("goal"));
        goal.setTargetYear(settings.endYear());
        plan.getGoals().add(goal);

        TaskArea area = F.createTaskArea();
        area.setId(Ids.newId());
        area.setNumber(1);
        area.setTitle(outlineText("taskArea"));
        plan.getTaskAreas().add(area);

        Safeguard safeguard = F.createSafeguard();
        safeguard.setId(Ids.newId());
        safeguard.setNumber(1);
        safeguard.setTitle(outlineText("safeguard"));
        plan.getSafeguards().add(safeguard);
        return plan;
    }

    private static org.planstudio.model.plan.LocalizedText outlineText(String key) {
        return Texts.of(AuthoringTexts.outline(key + ".zh"), AuthoringTexts.outline(key + ".en"));
    }
}
