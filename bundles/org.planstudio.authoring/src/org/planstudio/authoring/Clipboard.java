package org.planstudio.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.authoring.internal.NewElementDefaults;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceLink;

/**
 * A snapshot of copied elements, taken at Copy or Cut so that later edits of the originals do
 * not change what is pasted. It holds the copies and the trace links touching them; references
 * to elements outside the copied set still point to the originals, and {@link Paste} decides
 * what to do with them in the plan pasted into.
 */
public final class Clipboard {

    private final Plan sourcePlan;
    private final List<EObject> elements;
    private final List<TraceLink> links;

    private Clipboard(Plan sourcePlan, List<EObject> elements, List<TraceLink> links) {
        this.sourcePlan = sourcePlan;
        this.elements = List.copyOf(elements);
        this.links = List.copyOf(links);
    }

    /** Copies the selected elements of one plan (the plan itself and trace links on their own are not copied). */
    public static Clipboard copy(Collection<?> selection) {
        Objects.requireNonNull(selection, "selection");
        List<EObject> roots = new ArrayList<>(Selections.outermost(selection));
        roots.removeIf(e -> e instanceof Plan || e instanceof TraceLink);
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("nothing to copy");
        }
        Plan plan = NewElementDefaults.planOf(roots.get(0))
                .orElseThrow(() -> new IllegalArgumentException("not in a plan: " + roots.get(0)));
        Set<EObject> closure = new HashSet<>();
        for (EObject root : roots) {
            if (NewElementDefaults.planOf(root).orElse(null) != plan) {
                throw new IllegalArgumentException("not an element of one plan: " + root);
            }
            closure.add(root);
            root.eAllContents().forEachRemaining(closure::add);
        }
        List<TraceLink> touching = plan.getTraceLinks().stream()
                .filter(link -> closure.contains(link.getSource()) || closure.contains(link.getTarget())).toList();
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<EObject> copies = new ArrayList<>();
        for (EObject root : roots) {
            copies.add(copier.copy(root));
        }
        List<TraceLink> linkCopies = new ArrayList<>();
        for (TraceLink link : touching) {
            linkCopies.add((TraceLink) copier.copy(link));
        }
        copier.copyReferences();
        return new Clipboard(plan, copies, linkCopies);
    }

    public Plan sourcePlan() {
        return sourcePlan;
    }

    /** The copied elements (detached snapshots), in document order. */
    public List<EObject> elements() {
        return elements;
    }

    /** Snapshots of the trace links that touched the copied elements. */
    public List<TraceLink> links() {
        return links;
    }
}
