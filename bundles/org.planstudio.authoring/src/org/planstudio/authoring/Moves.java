package org.planstudio.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.authoring.internal.DeferredCommand;
import org.planstudio.model.plan.PlanPackage;

/** Reordering within a list (Move Up / Move Down) and moving elements to another owner (drag and drop). */
public final class Moves {

    private Moves() {
    }

    /**
     * Moves each element one place up ({@code delta < 0}) or down within its list; a block of
     * selected elements moves together and stops at the list's end. Empty when nothing can move.
     */
    @SuppressWarnings("unchecked")
    public static Optional<Command> step(EditingDomain domain, Collection<?> selection, int delta) {
        Objects.requireNonNull(domain, "domain");
        if (delta == 0) {
            return Optional.empty();
        }
        Map<List<EObject>, List<EObject>> byList = new LinkedHashMap<>();
        List<EObject> moved = new ArrayList<>();
        for (EObject element : Selections.outermost(selection)) {
            if (element.eContainer() != null && element.eContainmentFeature().isMany()
                    && element.eContainmentFeature() != PlanPackage.Literals.PLAN__TRACE_LINKS) {
                byList.computeIfAbsent((List<EObject>) element.eContainer().eGet(element.eContainmentFeature()),
                        l -> new ArrayList<>()).add(element);
            }
        }
        CompoundCommand compound = new CompoundCommand();
        byList.forEach((list, elements) -> {
            List<EObject> order = new ArrayList<>(elements);
            order.sort((a, b) -> Integer.compare(list.indexOf(a), list.indexOf(b)));
            if (delta > 0) {
                Collections.reverse(order);
            }
            int border = delta < 0 ? -1 : list.size();
            for (EObject element : order) {
                int index = list.indexOf(element);
                int wanted = delta < 0 ? Math.max(index + delta, border + 1) : Math.min(index + delta, border - 1);
                if (wanted != index) {
                    EObject owner = element.eContainer();
                    compound.append(MoveCommand.create(domain, owner, element.eContainmentFeature(), element, wanted));
                    moved.add(element);
                }
                border = wanted;
            }
        });
        if (compound.isEmpty() || moved.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(StructureCommands.withRenumbering(compound, moved.get(0), moved));
    }

    /**
     * Moves the elements into {@code owner}'s list at {@code index} (-1: at the end), from
     * wherever they are — a task to another area, or reordered in its own. Empty when the
     * owner cannot hold them or an element would move into itself.
     */
    @SuppressWarnings("unchecked")
    public static Optional<Command> to(EditingDomain domain, Collection<?> selection, EObject owner, EReference feature, int index) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(feature, "feature");
        List<EObject> elements = Selections.outermost(selection);
        if (elements.isEmpty() || !feature.isContainment() || !feature.isMany()
                || !owner.eClass().getEAllContainments().contains(feature)) {
            return Optional.empty();
        }
        List<EObject> list = (List<EObject>) owner.eGet(feature);
        int insertAt = index < 0 || index > list.size() ? list.size() : index;
        for (EObject element : elements) {
            if (!feature.getEReferenceType().isInstance(element) || element == owner
                    || EcoreUtil.isAncestor(element, owner)) {
                return Optional.empty();
            }
            if (element.eContainer() == owner && element.eContainmentFeature() == feature && list.indexOf(element) < insertAt) {
                insertAt--;
            }
        }
        CompoundCommand compound = new CompoundCommand();
        for (EObject element : elements) {
            compound.append(RemoveCommand.create(domain, element));
        }
        // Built after the removes have run: a unique list refuses an element it still holds.
        int at = insertAt;
        compound.append(new DeferredCommand(() -> AddCommand.create(domain, owner, feature, elements, at)));
        return Optional.of(StructureCommands.withRenumbering(compound, owner, elements));
    }
}
