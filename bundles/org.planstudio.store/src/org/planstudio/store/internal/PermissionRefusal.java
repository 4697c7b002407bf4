package org.planstudio.store.internal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.PlanPermissions;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/**
 * Turns the database's refusal of a save (SQLState 42501, a GRANT or a row-level security policy)
 * into a message naming what the user may not change and why: the first element of the refused
 * plan that differs from the stored one and that the rules ({@link PlanPermissions}) do not give
 * the user. The database decided; this only finds the words for it.
 */
final class PermissionRefusal {

    private PermissionRefusal() {
    }

    static StoreException explain(PlanStore store, Plan refused, StoreException denied) {
        try {
            PlanPermissions permissions = store.permissions(refused.getId());
            if (permissions.scope() != PlanPermissions.Scope.DIVISION) {
                return denied;
            }
            Map<String, EObject> stored = new HashMap<>();
            store.loadLatest(refused.getId()).ifPresent(p -> index(p.plan(), stored));
            Map<String, EObject> mine = new HashMap<>();
            index(refused, mine);
            for (Map.Entry<String, EObject> each : mine.entrySet()) {
                EObject before = stored.get(each.getKey());
                Optional<PlanPermissions.Refusal> why = permissions.refusal(before == null ? each.getValue() : before);
                if (why.isPresent() && (before == null || !same(before, each.getValue()))) {
                    return refusal(why.get(), denied);
                }
                if (before instanceof KeyTask task && !ElementOwner.of(task).equals(ElementOwner.of(each.getValue()))) {
                    return new StoreException(Reason.PERMISSION_DENIED, "permission.units",
                            new Object[] {task.getNumber()}, denied);
                }
            }
            for (Map.Entry<String, EObject> each : stored.entrySet()) {
                Optional<PlanPermissions.Refusal> why = permissions.refusal(each.getValue());
                if (why.isPresent() && !mine.containsKey(each.getKey())) {
                    return refusal(why.get(), denied);
                }
            }
            return general(permissions, denied);
        } catch (StoreException | RuntimeException e) {
            denied.addSuppressed(e);
            return denied;
        }
    }

    /**
     * The same for a save written from tracked changes, which holds no copy of the plan: the
     * elements it wrote or removed are looked up in the stored revision (a new element the rules
     * refuse is named through the general message).
     */
    static StoreException explain(PlanStore store, ChangedRows.Delta delta, StoreException denied) {
        try {
            PlanPermissions permissions = store.permissions(delta.planId());
            if (permissions.scope() != PlanPermissions.Scope.DIVISION) {
                return denied;
            }
            Map<String, EObject> stored = new HashMap<>();
            store.loadLatest(delta.planId()).ifPresent(p -> index(p.plan(), stored));
            Set<String> touched = new LinkedHashSet<>();
            delta.elements().rows().forEach(row -> touched.add(row.id()));
            delta.items().rows().forEach(row -> touched.add(row.id()));
            delta.links().rows().forEach(row -> touched.add(row.id()));
            touched.addAll(delta.elements().gone());
            touched.addAll(delta.items().gone());
            touched.addAll(delta.links().gone());
            for (String id : touched) {
                Optional<PlanPermissions.Refusal> why = Optional.ofNullable(stored.get(id))
                        .flatMap(permissions::refusal);
                if (why.isPresent()) {
                    return refusal(why.get(), denied);
                }
            }
            return general(permissions, denied);
        } catch (StoreException | RuntimeException e) {
            denied.addSuppressed(e);
            return denied;
        }
    }

    private static StoreException general(PlanPermissions permissions, StoreException denied) {
        return new StoreException(Reason.PERMISSION_DENIED, "permissionDeniedDivision",
                new Object[] {permissions.division().orElse("?"), denied.getMessage()}, denied);
    }

    private static StoreException refusal(PlanPermissions.Refusal why, StoreException denied) {
        return new StoreException(Reason.PERMISSION_DENIED, why.key(), why.arguments().toArray(), denied);
    }

    private static void index(Plan plan, Map<String, EObject> byId) {
        for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified identified && identified.getId() != null) {
                byId.putIfAbsent(identified.getId(), identified);
            }
        }
    }

    /** The element's own attributes, references (by id) and contained texts; its identified children count on their own. */
    private static boolean same(EObject a, EObject b) {
        if (a.eClass() != b.eClass()) {
            return false;
        }
        for (EAttribute attribute : a.eClass().getEAllAttributes()) {
            if (!Objects.equals(a.eGet(attribute), b.eGet(attribute))) {
                return false;
            }
        }
        for (EReference reference : a.eClass().getEAllReferences()) {
            if (reference.isContainer()) {
                continue;
            }
            if (!Objects.equals(signature(a.eGet(reference), reference.isContainment()),
                    signature(b.eGet(reference), reference.isContainment()))) {
                return false;
            }
        }
        return true;
    }

    private static Object signature(Object value, boolean containment) {
        if (value instanceof List<?> list) {
            return list.stream().map(v -> signature(v, containment)).toList();
        }
        if (value instanceof Identified identified) {
            return "#" + identified.getId();
        }
        if (value instanceof EObject object && containment) {
            // Texts: compared whole (they contain no identified elements).
            return new Wrapped(object);
        }
        return value == null ? "" : value;
    }

    private record Wrapped(EObject object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Wrapped w && EcoreUtil.equals(object, w.object);
        }

        @Override
        public int hashCode() {
            return object.eClass().hashCode();
        }
    }
}
