package org.planstudio.merge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.planstudio.merge.Conflict.Kind;
import org.planstudio.merge.Side;

/**
 * Non-containment references, merged as lists of target ids and set once every surviving element
 * exists. A target that did not survive is dropped from the reference (and reported); an element
 * whose mandatory reference would dangle (a trace link) is removed.
 */
final class References {

    private final Merger merger;
    private final Map<String, Map<EReference, List<String>>> merged = new HashMap<>();

    References(Merger merger) {
        this.merger = merger;
    }

    /** Removes elements whose mandatory reference has no surviving target; true if it removed any. */
    boolean dropUnsatisfiable() {
        Map<String, EObject> result = merger.result();
        boolean removedAny = false;
        boolean removed;
        do {
            removed = false;
            for (String id : new ArrayList<>(result.keySet())) {
                for (EReference reference : crossReferences(result.get(id))) {
                    if (reference.getLowerBound() < 1) {
                        continue;
                    }
                    List<String> targets = targets(id, reference);
                    String missing = targets.stream().filter(t -> !result.containsKey(t)).findFirst()
                            .orElse(targets.isEmpty() ? "" : null);
                    if (missing != null) {
                        merger.drop(id, reference.getName(), missing, true);
                        result.remove(id);
                        removed = true;
                        break;
                    }
                }
            }
            removedAny |= removed;
        } while (removed);
        return removedAny;
    }

    void set() {
        Map<String, EObject> result = merger.result();
        for (Map.Entry<String, EObject> entry : result.entrySet()) {
            EObject element = entry.getValue();
            for (EReference reference : crossReferences(element)) {
                List<EObject> resolved = new ArrayList<>();
                for (String target : targets(entry.getKey(), reference)) {
                    EObject object = result.get(target);
                    if (object == null) {
                        merger.drop(entry.getKey(), reference.getName(), target, false);
                    } else if (!resolved.contains(object)) {
                        resolved.add(object);
                    }
                }
                if (reference.isMany()) {
                    element.eSet(reference, resolved);
                } else if (!resolved.isEmpty()) {
                    element.eSet(reference, resolved.get(0));
                }
            }
        }
    }

    private static List<EReference> crossReferences(EObject element) {
        List<EReference> references = new ArrayList<>();
        for (EStructuralFeature feature : Model.features(element.eClass())) {
            if (Model.isCrossReference(feature)) {
                references.add((EReference) feature);
            }
        }
        return references;
    }

    private List<String> targets(String id, EReference reference) {
        return merged.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(reference, r -> merge(id, r));
    }

    private List<String> merge(String id, EReference reference) {
        Version base = merger.base();
        if (merger.onlyMine(id)) {
            return merger.mine().targets(id, reference);
        }
        if (merger.onlyTheirs(id)) {
            return merger.theirs().targets(id, reference);
        }
        List<String> b = base.targets(id, reference);
        List<String> m = merger.mine().targets(id, reference);
        List<String> t = merger.theirs().targets(id, reference);
        if (m.equals(b)) {
            return t;
        }
        if (t.equals(b) || t.equals(m)) {
            return m;
        }
        if (!reference.isMany()) {
            return merger.choose(Kind.CHANGED_BOTH, id, reference.getName(), merger.labels(b), merger.labels(m),
                    merger.labels(t)) == Side.MINE ? m : t;
        }
        ListMerge.Result result = ListMerge.merge(b, m, t, false);
        if (result.clash() && merger.choose(Kind.REORDERED_BOTH, id, reference.getName(), merger.labels(b),
                merger.labels(m), merger.labels(t)) == Side.MINE) {
            result = ListMerge.merge(b, m, t, true);
        }
        return result.ids();
    }
}
