package org.planstudio.ui.registry;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EReference;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.ui.internal.Messages;

/** The four registries as the registry view shows them: a tab each, with its list in the plan. */
enum RegistryKindUi {
    PLATFORMS(RegistryKind.PLATFORM, Messages.Group_PLATFORMS, PlanPackage.Literals.PLAN__PLATFORMS, Plan::getPlatforms,
            PlanFactory.eINSTANCE::createPlatform),
    JOINT_PROJECTS(RegistryKind.JOINT_PROJECT, Messages.Group_JOINT_PROJECTS, PlanPackage.Literals.PLAN__JOINT_PROJECTS, Plan::getJointProjects,
            PlanFactory.eINSTANCE::createJointProject),
    INNOVATION_ENTITIES(RegistryKind.INNOVATION_ENTITY, Messages.Group_INNOVATION_ENTITIES, PlanPackage.Literals.PLAN__INNOVATION_ENTITIES,
            Plan::getInnovationEntities, PlanFactory.eINSTANCE::createInnovationEntity),
    EXPERTS(RegistryKind.EXPERT, Messages.Group_EXPERTS, PlanPackage.Literals.PLAN__EXPERTS, Plan::getExperts, PlanFactory.eINSTANCE::createExpert);

    final RegistryKind kind;
    final String title;
    final EReference feature;
    private final Function<Plan, List<? extends RegistryItem>> items;
    private final Supplier<RegistryItem> factory;

    RegistryKindUi(RegistryKind kind, String title, EReference feature, Function<Plan, List<? extends RegistryItem>> items,
            Supplier<RegistryItem> factory) {
        this.kind = kind;
        this.title = title;
        this.feature = feature;
        this.items = items;
        this.factory = factory;
    }

    List<? extends RegistryItem> items(Plan plan) {
        return items.apply(plan);
    }

    RegistryItem create() {
        return factory.get();
    }
}
