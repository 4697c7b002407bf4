package org.planstudio.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.authoring.internal.NewElementDefaults;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.walk.PlanQueries;

/**
 * Pasting a {@link Clipboard} at a place in a plan. Every pasted element gets a new id, so a
 * paste never clashes with what is there. Links and references inside the copied set point to
 * the new copies. A reference to an element outside the set is kept when that element is in the
 * plan pasted into; in another plan it is matched by id and type (plans of one office share
 * organisation ids), and otherwise dropped and reported; a trace link whose outside end is
 * dropped is dropped with it.
 */
public final class Paste {

    /** A reference the paste could not keep: {@code holder.feature} pointed to {@code target} outside the plan. */
    public record Dropped(EObject holder, EReference feature, EObject target) {
    }

    private record Place(EObject owner, EReference feature, int index) {
    }

    private final Command command;
    private final List<EObject> pasted;
    private final List<Dropped> dropped;

    private Paste(Command command, List<EObject> pasted, List<Dropped> dropped) {
        this.command = command;
        this.pasted = List.copyOf(pasted);
        this.dropped = List.copyOf(dropped);
    }

    /**
     * Plans pasting next to or into {@code target}: each element goes into the nearest element
     * (the target or one of its containers) that can hold its kind, after the target's branch.
     * Empty when some element has no place there (a task pasted onto an organisation).
     */
    public static Optional<Paste> of(EditingDomain domain, Clipboard clipboard, EObject target) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(clipboard, "clipboard");
        Objects.requireNonNull(target, "target");
        Optional<Plan> plan = NewElementDefaults.planOf(target);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        Map<Place, List<EObject>> places = new LinkedHashMap<>();
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        for (EObject element : clipboard.elements()) {
            Optional<Place> place = placeFor(target, element.eClass());
            if (place.isEmpty()) {
                return Optional.empty();
            }
            places.computeIfAbsent(place.get(), p -> new ArrayList<>()).add(copier.copy(element));
        }
        List<TraceLink> links = new ArrayList<>();
        for (TraceLink link : clipboard.links()) {
            links.add((TraceLink) copier.copy(link));
        }
        copier.copyReferences();
        List<Dropped> dropped = new ArrayList<>();
        Set<EObject> copies = new HashSet<>(copier.values());
        for (EObject copy : copier.values()) {
            rebindOutsideReferences(copy, copies, plan.get(), dropped);
        }
        links.removeIf(link -> link.getSource() == null || link.getTarget() == null);
        for (EObject copy : copier.values()) {
            if (copy instanceof Identified identified) {
                identified.setId(Ids.newId());
            }
        }
        CompoundCommand change = new CompoundCommand();
        List<EObject> pasted = new ArrayList<>();
        places.forEach((place, elements) -> {
            change.append(AddCommand.create(domain, place.owner(), place.feature(), elements, place.index()));
            pasted.addAll(elements);
        });
        if (!links.isEmpty()) {
            change.append(AddCommand.create(domain, plan.get(), PlanPackage.Literals.PLAN__TRACE_LINKS, links));
        }
        return Optional.of(new Paste(StructureCommands.withRenumbering(change, plan.get(), pasted), pasted, dropped));
    }

    private static Optional<Place> placeFor(EObject target, EClass kind) {
        EObject branch = null;
        for (EObject owner = target; owner != null; branch = owner, owner = owner.eContainer()) {
            for (EReference feature : owner.eClass().getEAllContainments()) {
                if (feature.isMany() && feature != PlanPackage.Literals.PLAN__TRACE_LINKS
                        && feature.getEReferenceType().isSuperTypeOf(kind)) {
                    int index = CommandParameter.NO_INDEX;
                    if (branch != null && branch.eContainmentFeature() == feature) {
                        index = ((List<?>) owner.eGet(feature)).indexOf(branch) + 1;
                    }
                    return Optional.of(new Place(owner, feature, index));
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static void rebindOutsideReferences(EObject copy, Collection<EObject> copies, Plan plan, List<Dropped> dropped) {
        for (EReference reference : copy.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()) {
                continue;
            }
            if (reference.isMany()) {
                List<EObject> values = (List<EObject>) copy.eGet(reference);
                for (int i = values.size() - 1; i >= 0; i--) {
                    EObject value = values.get(i);
                    if (!copies.contains(value)) {
                        Optional<EObject> bound = bind(value, plan);
                        if (bound.isEmpty()) {
                            dropped.add(new Dropped(copy, reference, value));
                            values.remove(i);
                        } else if (bound.get() != value) {
                            if (values.contains(bound.get())) {
                                values.remove(i);
                            } else {
                                values.set(i, bound.get());
                            }
                        }
                    }
                }
            } else if (copy.eGet(reference) instanceof EObject value && !copies.contains(value)) {
                Optional<EObject> bound = bind(value, plan);
                if (bound.isEmpty()) {
                    dropped.add(new Dropped(copy, reference, value));
                    copy.eUnset(reference);
                } else {
                    copy.eSet(reference, bound.get());
                }
            }
        }
    }

    private static Optional<EObject> bind(EObject outside, Plan plan) {
        if (EcoreUtil.getRootContainer(outside) == plan) {
            return Optional.of(outside);
        }
        if (outside instanceof Identified identified && identified.getId() != null) {
            return PlanQueries.find(plan, identified.getId()).filter(found -> found.eClass() == outside.eClass())
                    .map(EObject.class::cast);
        }
        return Optional.empty();
    }

    /** The one undoable command that adds the copies (and the links kept) and renumbers. */
    public Command command() {
        return command;
    }

    /** The new top-level elements, for the UI to select. */
    public List<EObject> pasted() {
        return pasted;
    }

    /** References and trace-link ends that could not be kept, to tell the user. */
    public List<Dropped> dropped() {
        return dropped;
    }
}
