package org.planstudio.merge.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The mergeable values of one identified element, found reflectively from its class. */
final class Slots {

    /** Nesting deeper than this (a recursive value type) is merged as one value. */
    private static final int MAX_DEPTH = 4;

    private Slots() {
    }

    /** Slots of the element's class; keyed list items from the union of the given versions (any may be null). */
    static List<Slot> of(EClass eClass, EObject... versions) {
        List<Slot> slots = new ArrayList<>();
        collect(eClass, new ArrayList<>(), List.of(versions).stream().filter(v -> v != null).toList(), slots);
        return slots;
    }

    private static void collect(EClass eClass, List<EReference> prefix, List<EObject> holders, List<Slot> slots) {
        for (EStructuralFeature feature : Model.features(eClass)) {
            if (feature instanceof EAttribute attribute) {
                slots.add(Slot.attribute(prefix, attribute));
                continue;
            }
            EReference reference = (EReference) feature;
            if (!reference.isContainment() || Model.holdsIdentified(reference)) {
                continue; // cross references and identified children are merged by the Merger
            }
            Optional<EAttribute> key = Model.keyOf(reference.getEReferenceType());
            if (!reference.isMany() && prefix.size() < MAX_DEPTH) {
                List<EReference> nested = new ArrayList<>(prefix);
                nested.add(reference);
                List<EObject> inner = holders.stream().map(h -> (EObject) h.eGet(reference))
                        .filter(h -> h != null).toList();
                collect(reference.getEReferenceType(), nested, inner, slots);
            } else if (reference.isMany() && key.isPresent()) {
                Set<String> keys = new LinkedHashSet<>();
                holders.forEach(h -> Model.objects(h, reference).forEach(i -> keys.add((String) i.eGet(key.get()))));
                keys.remove(null);
                keys.forEach(k -> slots.add(Slot.item(prefix, reference, key.get(), k)));
            } else {
                slots.add(Slot.wholeList(prefix, reference));
            }
        }
    }
}
