package org.planstudio.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.authoring.internal.NewElementDefaults;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TraceLink;

/**
 * What deleting some elements takes with it, worked out before anything changes so that the
 * confirmation can list it: the elements inside them, the trace links touching any of them (a
 * link without an end means nothing), and the references other elements hold to them — a task's
 * lead unit, a project's host organisation — which are cleared. Registry items and comments
 * linked to a deleted element stay (they record what exists and what people said); only their
 * links go.
 */
public final class Deletion {

    /** A reference that loses its value: {@code holder.feature} points to {@code removed}. */
    public record ClearedReference(EObject holder, EReference feature, EObject removed) {
    }

    private final Plan plan;
    private final List<EObject> selected;
    private final List<EObject> contained;
    private final List<TraceLink> links;
    private final List<ClearedReference> references;

    private Deletion(Plan plan, List<EObject> selected, List<EObject> contained, List<TraceLink> links,
            List<ClearedReference> references) {
        this.plan = plan;
        this.selected = List.copyOf(selected);
        this.contained = List.copyOf(contained);
        this.links = List.copyOf(links);
        this.references = List.copyOf(references);
    }

    /** Plans the deletion of the elements (all of one plan; the plan itself cannot be deleted here). */
    public static Deletion of(Collection<? extends EObject> elements) {
        Objects.requireNonNull(elements, "elements");
        List<EObject> roots = Selections.outermost(elements);
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("nothing to delete");
        }
        Plan plan = NewElementDefaults.planOf(roots.get(0))
                .orElseThrow(() -> new IllegalArgumentException("not in a plan: " + roots.get(0)));
        for (EObject root : roots) {
            if (root == plan || NewElementDefaults.planOf(root).orElse(null) != plan) {
                throw new IllegalArgumentException("not an element of one plan: " + root);
            }
        }
        Set<EObject> going = new LinkedHashSet<>();
        List<EObject> contained = new ArrayList<>();
        for (EObject root : roots) {
            going.add(root);
            root.eAllContents().forEachRemaining(child -> {
                going.add(child);
                if (child instanceof Identified) {
                    contained.add(child);
                }
            });
        }
        List<TraceLink> links = new ArrayList<>();
        for (TraceLink link : plan.getTraceLinks()) {
            if (!going.contains(link) && (going.contains(link.getSource()) || going.contains(link.getTarget()))) {
                links.add(link);
            }
        }
        going.addAll(links);
        List<ClearedReference> references = new ArrayList<>();
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(going, List.of(plan));
        usages.forEach((target, settings) -> {
            for (EStructuralFeature.Setting setting : settings) {
                EObject holder = setting.getEObject();
                if (!going.contains(holder) && !isInside(holder, going) && setting.getEStructuralFeature() instanceof EReference ref
                        && !ref.isContainment() && !ref.isDerived() && ref.isChangeable()) {
                    references.add(new ClearedReference(holder, ref, target));
                }
            }
        });
        return new Deletion(plan, roots, contained, links, references);
    }

    private static boolean isInside(EObject element, Set<EObject> going) {
        for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
            if (going.contains(container)) {
                return true;
            }
        }
        return false;
    }

    public Plan plan() {
        return plan;
    }

    /** The elements chosen (without those inside another chosen one). */
    public List<EObject> selected() {
        return selected;
    }

    /** Elements inside the chosen ones that go with them. */
    public List<EObject> contained() {
        return contained;
    }

    /** Trace links that go because one of their ends goes. */
    public List<TraceLink> links() {
        return links;
    }

    /** Registry items that stay but lose an "implements" link to a deleted element. */
    public List<RegistryItem> implementers() {
        return otherEnds(RegistryItem.class);
    }

    /** Comments that stay in the drafting record but lose their "about" link. */
    public List<Comment> comments() {
        return otherEnds(Comment.class);
    }

    private <T> List<T> otherEnds(Class<T> type) {
        Set<T> result = new LinkedHashSet<>();
        for (TraceLink link : links) {
            for (EObject end : List.of(link.getSource(), link.getTarget())) {
                if (type.isInstance(end) && !isGoing(end)) {
                    result.add(type.cast(end));
                }
            }
        }
        return List.copyOf(result);
    }

    private boolean isGoing(EObject element) {
        return selected.contains(element) || contained.contains(element) || isInside(element, Set.copyOf(selected));
    }

    /** References outside the deleted elements that are cleared (lead units, host organisations, issuers …). */
    public List<ClearedReference> references() {
        return references;
    }

    /** One command: clear the references, remove the links and the elements, renumber. */
    public Command command(EditingDomain domain) {
        Objects.requireNonNull(domain, "domain");
        CompoundCommand compound = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL);
        for (ClearedReference reference : references) {
            compound.append(reference.feature().isMany()
                    ? RemoveCommand.create(domain, reference.holder(), reference.feature(), reference.removed())
                    : SetCommand.create(domain, reference.holder(), reference.feature(), SetCommand.UNSET_VALUE));
        }
        for (TraceLink link : links) {
            compound.append(RemoveCommand.create(domain, link));
        }
        for (EObject element : selected) {
            compound.append(RemoveCommand.create(domain, element));
        }
        Command change = compound.unwrap();
        return change == null ? UnexecutableCommand.INSTANCE
                : StructureCommands.withRenumbering(change, plan, List.of(plan));
    }
}
