package org.planstudio.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.authoring.internal.NewElementDefaults;
import org.planstudio.authoring.internal.RenumberCommand;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.PlanPackage;

/**
 * New child and new sibling, from the child descriptors the item providers generate. Trace links
 * are left out: they are made in the editor's links section, between two existing elements.
 */
public final class StructureCommands {

    private StructureCommands() {
    }

    /** The kinds of element that can be added under {@code owner}, in the item provider's order. */
    public static List<NewChild> newChildren(EditingDomain domain, EObject owner) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(owner, "owner");
        List<NewChild> result = new ArrayList<>();
        for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
            if (descriptor instanceof CommandParameter parameter && parameter.getEStructuralFeature() instanceof EReference reference
                    && reference.isContainment() && reference.isMany() && parameter.getValue() instanceof Identified value
                    && reference != PlanPackage.Literals.PLAN__TRACE_LINKS) {
                result.add(new NewChild(owner, reference, value.eClass()));
            }
        }
        return List.copyOf(result);
    }

    /** The kinds that can go beside {@code element}: its own list's kind (a plan's lists are separate parts). */
    public static List<NewChild> newSiblings(EditingDomain domain, EObject element) {
        Objects.requireNonNull(element, "element");
        if (element.eContainer() == null) {
            return List.of();
        }
        return newChildren(domain, element.eContainer()).stream()
                .filter(child -> child.feature() == element.eContainmentFeature()).toList();
    }

    /** Adds a new element at the end of its list; its defaults are filled in and numbers follow. */
    public static Command create(EditingDomain domain, NewChild child) {
        return create(domain, child, CommandParameter.NO_INDEX);
    }

    /** Adds a new element right after {@code sibling}. */
    public static Command createAfter(EditingDomain domain, NewChild child, EObject sibling) {
        Objects.requireNonNull(sibling, "sibling");
        @SuppressWarnings("unchecked")
        int index = ((List<EObject>) child.owner().eGet(child.feature())).indexOf(sibling);
        return create(domain, child, index < 0 ? CommandParameter.NO_INDEX : index + 1);
    }

    private static Command create(EditingDomain domain, NewChild child, int index) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(child, "child");
        EObject value = child.kind().getEPackage().getEFactoryInstance().create(child.kind());
        NewElementDefaults.apply(value, child.owner());
        Command add = CreateChildCommand.create(domain, child.owner(),
                new CommandParameter(child.owner(), child.feature(), value, index), List.of(child.owner()));
        return withRenumbering(add, child.owner(), List.of(value));
    }

    /** Wraps a structure change with renumbering; affected objects are what the UI should select. */
    static Command withRenumbering(Command change, EObject anyElement, Collection<?> affected) {
        return NewElementDefaults.planOf(anyElement).<Command>map(plan -> {
            CompoundCommand compound = new CompoundCommand(change.getLabel()) {
                @Override
                public Collection<?> getAffectedObjects() {
                    return affected;
                }
            };
            compound.append(change);
            compound.append(new RenumberCommand(plan));
            return compound;
        }).orElse(change == null ? UnexecutableCommand.INSTANCE : change);
    }
}
