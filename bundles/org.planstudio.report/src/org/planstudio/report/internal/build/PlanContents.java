package org.planstudio.report.internal.build;

import java.util.List;
import java.util.stream.Stream;

import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.InnovationEntity;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;

/** Plan-wide lists the reports walk, in the plan's own order. */
final class PlanContents {

    private PlanContents() {
    }

    static List<Indicator> indicators(Plan plan) {
        return plan.getGoals().stream().flatMap(goal -> goal.getIndicators().stream()).toList();
    }

    static List<RegistryItem> registryItems(Plan plan) {
        return Stream.of(plan.getPlatforms(), plan.getJointProjects(), plan.getInnovationEntities(), plan.getExperts())
                .flatMap(List::stream).map(RegistryItem.class::cast).toList();
    }

    /** Whether the item belongs to the registry a counting rule names (a type test, not a count). */
    static boolean inRegistry(RegistryItem item, RegistryKind kind) {
        switch (kind) {
        case PLATFORM:
            return item instanceof org.planstudio.model.plan.Platform;
        case JOINT_PROJECT:
            return item instanceof JointProject;
        case INNOVATION_ENTITY:
            return item instanceof InnovationEntity;
        case EXPERT:
            return item instanceof org.planstudio.model.plan.Expert;
        default:
            return false;
        }
    }
}
