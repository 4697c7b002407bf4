package org.planstudio.ui.navigator;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskArea;

/** plan → parts of the document → areas → tasks, goals → indicators, consultations → comments. */
final class PlanContentProvider implements ITreeContentProvider {

    /**
     * The viewer's input is a list holding the plan: were the plan itself the input, the viewer
     * would map the plan to the tree and to its root item at once.
     */
    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> list ? list.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return children(parent).toArray();
    }

    private static List<?> children(Object parent) {
        if (parent instanceof Plan plan) {
            return NavigatorGroup.Kind.TOP.stream().map(kind -> new NavigatorGroup(plan, kind)).toList();
        }
        if (parent instanceof NavigatorGroup group) {
            return group.children();
        }
        if (parent instanceof TaskArea area) {
            return area.getTasks();
        }
        if (parent instanceof Goal goal) {
            return goal.getIndicators();
        }
        if (parent instanceof Consultation consultation) {
            return consultation.getComments();
        }
        return List.of();
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof NavigatorGroup group) {
            return switch (group.kind()) {
            case PRINCIPLES, GOALS -> new NavigatorGroup(group.plan(), NavigatorGroup.Kind.GENERAL_REQUIREMENTS);
            case PLATFORMS, JOINT_PROJECTS, INNOVATION_ENTITIES, EXPERTS, COUNTRIES ->
                new NavigatorGroup(group.plan(), NavigatorGroup.Kind.REGISTRIES);
            default -> group.plan();
            };
        }
        if (element instanceof EObject object && object.eContainer() instanceof Plan plan) {
            return groupOf(plan, object.eContainmentFeature()).orElse(null);
        }
        return element instanceof EObject object ? object.eContainer() : null;
    }

    private static Optional<NavigatorGroup> groupOf(Plan plan, EStructuralFeature feature) {
        return NavigatorGroup.Kind.ALL.stream().map(kind -> new NavigatorGroup(plan, kind))
                .filter(group -> group.children() == plan.eGet(feature)).findFirst();
    }

    @Override
    public boolean hasChildren(Object element) {
        return !(element instanceof Comment) && !children(element).isEmpty();
    }
}
