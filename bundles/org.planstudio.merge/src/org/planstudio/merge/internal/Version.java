package org.planstudio.merge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.plan.Plan;

/** One side of a merge, indexed by element id. */
final class Version {

    private final Plan plan;
    private final Map<String, EObject> byId = new LinkedHashMap<>();
    private final Map<String, Place> places = new HashMap<>();

    Version(Plan plan) {
        this.plan = plan;
        byId.put(plan.getId(), plan);
        for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (!Model.isIdentified(element.eClass())) {
                continue;
            }
            String id = EcoreUtil.getID(element);
            if (id == null || byId.containsKey(id)) {
                throw new IllegalArgumentException("Plan " + plan.getId() + " has an element "
                        + element.eClass().getName() + (id == null ? " without an id" : " with a duplicate id " + id));
            }
            byId.put(id, element);
            places.put(id, new Place(EcoreUtil.getID(element.eContainer()), element.eContainingFeature().getName()));
        }
    }

    Plan plan() {
        return plan;
    }

    Iterable<String> ids() {
        return byId.keySet();
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    /** The element, or null where this side does not have it (the merge works with three such lookups). */
    EObject get(String id) {
        return byId.get(id);
    }

    Optional<Place> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    /** Ids of the identified children in one containment feature of an element; empty if there is none. */
    List<String> children(String ownerId, EReference feature) {
        EObject owner = byId.get(ownerId);
        List<String> ids = new ArrayList<>();
        if (owner != null && owner.eClass().getEAllStructuralFeatures().contains(feature)) {
            for (EObject child : Model.objects(owner, feature)) {
                ids.add(EcoreUtil.getID(child));
            }
        }
        return ids;
    }

    /** Target ids of a non-containment reference; empty where the element is missing. */
    List<String> targets(String id, EReference reference) {
        EObject element = byId.get(id);
        List<String> ids = new ArrayList<>();
        if (element != null && element.eClass().getEAllStructuralFeatures().contains(reference)) {
            for (EObject target : Model.objects(element, reference)) {
                ids.add(EcoreUtil.getID(target));
            }
        }
        return ids;
    }
}
