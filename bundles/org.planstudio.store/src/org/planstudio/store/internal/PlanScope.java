package org.planstudio.store.internal;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/** Turns references from stored-relationally elements into ids, refusing references that leave the plan. */
final class PlanScope {

    private final Plan plan;

    PlanScope(Plan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** The id of {@code target} (null for no target), which must be an element of the plan with an id. */
    String idOf(EObject owner, EObject target) throws StoreException {
        if (target == null) {
            return null;
        }
        if (!(target instanceof Identified identified) || target.eIsProxy() || !EcoreUtil.isAncestor(plan, target)) {
            throw dangling(owner, target);
        }
        String id = identified.getId();
        if (id == null || id.isBlank()) {
            throw missingId(target);
        }
        return id;
    }

    static StoreException dangling(EObject owner, EObject target) {
        return new StoreException(Reason.INVALID_PLAN, "invalidPlan.dangling", describe(owner), describe(target));
    }

    static StoreException missingId(EObject element) {
        return new StoreException(Reason.INVALID_PLAN, "invalidPlan.missingId", describe(element));
    }

    static String describe(EObject element) {
        String id = element instanceof Identified identified ? identified.getId() : null;
        return element.eClass().getName() + (id == null || id.isBlank() ? "" : " " + id);
    }
}
