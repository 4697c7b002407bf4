package org.planstudio.trace.internal;

import java.util.List;
import java.util.Objects;

import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;

/** The plan's list of items of one registry kind. */
public final class Registries {

    private Registries() {
    }

    public static List<? extends RegistryItem> list(Plan plan, RegistryKind kind) {
        Objects.requireNonNull(plan, "plan");
        return switch (Objects.requireNonNull(kind, "kind")) {
            case PLATFORM -> plan.getPlatforms();
            case JOINT_PROJECT -> plan.getJointProjects();
            case INNOVATION_ENTITY -> plan.getInnovationEntities();
            case EXPERT -> plan.getExperts();
        };
    }

    public static List<List<? extends RegistryItem>> all(Plan plan) {
        return RegistryKind.VALUES.stream().<List<? extends RegistryItem>>map(kind -> list(plan, kind)).toList();
    }
}
