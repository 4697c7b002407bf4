package org.planstudio.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.store.StoreException;

/**
 * The plan's identified elements, other than registry items and the links that touch them (those
 * have tables of their own), as {@link ElementRow}s. Empty when the plan cannot be stored by id
 * exactly: an element without an id, two elements with one id, or a reference to an element that
 * is not a row; the caller then stores the revision as XMI, as data format 1 did.
 */
final class ElementSplitter {

    private final Set<EObject> registryLinks;
    private final Map<String, EObject> byId = new HashMap<>();
    private final Map<EObject, Boolean> rows = new IdentityHashMap<>();
    private final List<EObject> order = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();

    private record Place(String parentId, String feature, int position) {
    }

    private ElementSplitter(Set<EObject> registryLinks) {
        this.registryLinks = registryLinks;
    }

    /** @param registryLinks the links stored as registry links (identity set) */
    static Optional<List<ElementRow>> split(Plan plan, Set<EObject> registryLinks) throws StoreException {
        ElementSplitter splitter = new ElementSplitter(registryLinks);
        if (!splitter.collect(plan, null, null, 0)) {
            return Optional.empty();
        }
        return splitter.encode(plan);
    }

    private boolean collect(EObject element, String parentId, String feature, int position) {
        String id = ((Identified) element).getId();
        if (id == null || id.isBlank() || byId.putIfAbsent(id, element) != null) {
            return false;
        }
        rows.put(element, Boolean.TRUE);
        order.add(element);
        places.add(new Place(parentId, feature, position));
        for (EStructuralFeature f : element.eClass().getEAllStructuralFeatures()) {
            if (!ElementCodec.holdsRows(f) || f.isTransient() || f.isDerived()) {
                continue;
            }
            List<EObject> children = f.isMany() ? asList(element.eGet(f)) : single(element.eGet(f));
            int kept = 0;
            for (EObject child : children) {
                if (child instanceof RegistryItem || registryLinks.contains(child)) {
                    continue;
                }
                if (!collect(child, id, f.getName(), kept++)) {
                    return false;
                }
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> asList(Object value) {
        return (List<EObject>) value;
    }

    private static List<EObject> single(Object value) {
        return value == null ? List.of() : List.of((EObject) value);
    }

    private Optional<List<ElementRow>> encode(Plan plan) throws StoreException {
        List<ElementRow> result = new ArrayList<>(order.size());
        StoreException[] dangling = new StoreException[1];
        ElementCodec.Ids ids = (owner, target) -> {
            if (target instanceof Identified identified && rows.containsKey(target)) {
                return identified.getId();
            }
            if (target instanceof RegistryItem || registryLinks.contains(target) || !inPlan(plan, target)) {
                // What data format 1 refused as well: a reference leaving the stored elements.
                dangling[0] = PlanScope.dangling(owner, target);
            }
            throw new ElementCodec.NotStorable("reference to an element that is not a row");
        };
        for (int i = 0; i < order.size(); i++) {
            EObject element = order.get(i);
            Place place = places.get(i);
            try {
                result.add(new ElementRow(((Identified) element).getId(), element.eClass().getName(),
                        place.parentId(), place.feature(), place.position(), ElementCodec.encode(element, ids),
                        ElementOwner.of(element)));
            } catch (ElementCodec.NotStorable e) {
                if (dangling[0] != null) {
                    throw dangling[0];
                }
                return Optional.empty();
            }
        }
        return Optional.of(result);
    }

    private static boolean inPlan(Plan plan, EObject target) {
        if (target.eIsProxy()) {
            return false;
        }
        for (EObject e = target; e != null; e = e.eContainer()) {
            if (e == plan) {
                return true;
            }
        }
        return false;
    }
}
