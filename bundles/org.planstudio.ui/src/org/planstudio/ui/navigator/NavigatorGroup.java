package org.planstudio.ui.navigator;

import java.util.List;
import java.util.Objects;

import org.planstudio.model.plan.Plan;

/**
 * A heading in the navigator that the model has no object for: the parts of the plan document
 * (general requirements, key tasks, safeguards …) and the registries.
 */
public record NavigatorGroup(Plan plan, Kind kind) {

    public NavigatorGroup {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind {
        BASIS, CONSIDERATIONS, GENERAL_REQUIREMENTS, PRINCIPLES, GOALS, KEY_TASKS, SAFEGUARDS, REGISTRIES, PLATFORMS,
        JOINT_PROJECTS, INNOVATION_ENTITIES, EXPERTS, COUNTRIES, ORGANIZATIONS, DRAFTING_RECORD;

        static final List<Kind> TOP = List.of(BASIS, CONSIDERATIONS, GENERAL_REQUIREMENTS, KEY_TASKS, SAFEGUARDS, REGISTRIES,
                ORGANIZATIONS, DRAFTING_RECORD);
        static final List<Kind> ALL = List.of(values());
    }

    /** What the group holds: model elements or further groups. */
    public List<?> children() {
        return switch (kind) {
        case BASIS -> plan.getPolicyReferences();
        case CONSIDERATIONS -> plan.getConsiderations();
        case GENERAL_REQUIREMENTS -> List.of(new NavigatorGroup(plan, Kind.PRINCIPLES), new NavigatorGroup(plan, Kind.GOALS));
        case PRINCIPLES -> plan.getPrinciples();
        case GOALS -> plan.getGoals();
        case KEY_TASKS -> plan.getTaskAreas();
        case SAFEGUARDS -> plan.getSafeguards();
        case REGISTRIES -> List.of(new NavigatorGroup(plan, Kind.PLATFORMS), new NavigatorGroup(plan, Kind.JOINT_PROJECTS),
                new NavigatorGroup(plan, Kind.INNOVATION_ENTITIES), new NavigatorGroup(plan, Kind.EXPERTS),
                new NavigatorGroup(plan, Kind.COUNTRIES));
        case PLATFORMS -> plan.getPlatforms();
        case JOINT_PROJECTS -> plan.getJointProjects();
        case INNOVATION_ENTITIES -> plan.getInnovationEntities();
        case EXPERTS -> plan.getExperts();
        case COUNTRIES -> plan.getCountries();
        case ORGANIZATIONS -> plan.getOrganizations();
        case DRAFTING_RECORD -> plan.getConsultations();
        };
    }

    /** The count shown beside the heading: elements, or for key tasks the tasks in all areas. */
    public int count() {
        return switch (kind) {
        case KEY_TASKS -> plan.getTaskAreas().stream().mapToInt(area -> area.getTasks().size()).sum();
        case GENERAL_REQUIREMENTS -> plan.getPrinciples().size() + plan.getGoals().size();
        case REGISTRIES -> plan.getPlatforms().size() + plan.getJointProjects().size()
                + plan.getInnovationEntities().size() + plan.getExperts().size();
        default -> children().size();
        };
    }
}
