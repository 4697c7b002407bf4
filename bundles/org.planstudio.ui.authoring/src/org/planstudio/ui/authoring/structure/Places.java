package org.planstudio.ui.authoring.structure;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage.Literals;
import org.planstudio.ui.navigator.NavigatorGroup;

/** What the navigator's headings stand for: the plan's lists they show. */
final class Places {

    private Places() {
    }

    static List<EReference> features(NavigatorGroup group) {
        return switch (group.kind()) {
        case BASIS -> List.of(Literals.PLAN__POLICY_REFERENCES);
        case CONSIDERATIONS -> List.of(Literals.PLAN__CONSIDERATIONS);
        case GENERAL_REQUIREMENTS -> List.of(Literals.PLAN__PRINCIPLES, Literals.PLAN__GOALS);
        case PRINCIPLES -> List.of(Literals.PLAN__PRINCIPLES);
        case GOALS -> List.of(Literals.PLAN__GOALS);
        case KEY_TASKS -> List.of(Literals.PLAN__TASK_AREAS);
        case SAFEGUARDS -> List.of(Literals.PLAN__SAFEGUARDS);
        case REGISTRIES -> List.of(Literals.PLAN__PLATFORMS, Literals.PLAN__JOINT_PROJECTS, Literals.PLAN__INNOVATION_ENTITIES,
                Literals.PLAN__EXPERTS, Literals.PLAN__COUNTRIES);
        case PLATFORMS -> List.of(Literals.PLAN__PLATFORMS);
        case JOINT_PROJECTS -> List.of(Literals.PLAN__JOINT_PROJECTS);
        case INNOVATION_ENTITIES -> List.of(Literals.PLAN__INNOVATION_ENTITIES);
        case EXPERTS -> List.of(Literals.PLAN__EXPERTS);
        case COUNTRIES -> List.of(Literals.PLAN__COUNTRIES);
        case ORGANIZATIONS -> List.of(Literals.PLAN__ORGANIZATIONS);
        case DRAFTING_RECORD -> List.of(Literals.PLAN__CONSULTATIONS);
        };
    }

    /** The model element a navigator item stands for when something is pasted or dropped on it. */
    static Optional<EObject> element(Object item) {
        if (item instanceof NavigatorGroup group) {
            return Optional.of(group.plan());
        }
        return item instanceof EObject element ? Optional.of(element) : Optional.empty();
    }

    static Optional<Plan> plan(Object item) {
        return element(item).map(EcoreUtil::getRootContainer).filter(Plan.class::isInstance).map(Plan.class::cast);
    }
}
