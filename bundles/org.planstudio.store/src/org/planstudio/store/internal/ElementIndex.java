package org.planstudio.store.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/** Elements of a reassembled plan by id, for resolving the ids stored in the registry tables. */
final class ElementIndex {

    private final String planId;
    private final int revision;
    private final Map<String, EObject> byId;

    ElementIndex(Plan plan, int revision) {
        this.planId = Objects.requireNonNull(plan.getId(), "plan id");
        this.revision = revision;
        this.byId = new HashMap<>();
        add(plan);
        for (TreeIterator<EObject> all = plan.eAllContents(); all.hasNext();) {
            add(all.next());
        }
    }

    /** Over a map the caller filled (and may still add to through {@link #add}). */
    ElementIndex(String planId, int revision, Map<String, EObject> byId) {
        this.planId = Objects.requireNonNull(planId, "plan id");
        this.revision = revision;
        this.byId = byId;
    }

    // The first element with an id wins, as in an XMI resource's id lookup.
    void add(EObject element) {
        if (element instanceof Identified identified && identified.getId() != null) {
            byId.putIfAbsent(identified.getId(), element);
        }
    }

    /** Null for a null id; otherwise the element, which must exist and have the expected type. */
    <T> T find(String id, Class<T> type) throws StoreException {
        if (id == null) {
            return null;
        }
        EObject element = byId.get(id);
        if (!type.isInstance(element)) {
            throw new StoreException(Reason.DATABASE, "storeInconsistent", planId, revision,
                    type.getSimpleName() + " " + id);
        }
        return type.cast(element);
    }
}
