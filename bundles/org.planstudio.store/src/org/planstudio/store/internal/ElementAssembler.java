package org.planstudio.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/**
 * Builds the plan elements of a revision from their rows in one pass: every element is created
 * and filled from its data, children are put into their containers in position order (each list
 * at once, without EMF's per-add uniqueness scan), and references are resolved by id at the end,
 * when registry items are there too. The plan's trace links are handed back unplaced, for the
 * caller to merge with the registry links.
 */
final class ElementAssembler {

    private record Child(int position, EObject element) {
    }

    private final String planId;
    private final int revision;
    private final Map<String, EObject> byId = new HashMap<>();
    private final List<ElementCodec.Reference> references = new ArrayList<>();
    private final List<EObject> planLinks = new ArrayList<>();
    private Plan plan;

    ElementAssembler(String planId, int revision) {
        this.planId = planId;
        this.revision = revision;
    }

    Plan plan() {
        return plan;
    }

    Map<String, EObject> byId() {
        return byId;
    }

    /** The plan's trace links that are element rows, in their stored order. */
    List<EObject> planLinks() {
        return planLinks;
    }

    @SuppressWarnings("unchecked")
    void build(List<ElementRow> rows) throws StoreException {
        Map<String, Map<String, List<Child>>> children = new HashMap<>();
        for (ElementRow row : rows) {
            if (!(PlanPackage.eINSTANCE.getEClassifier(row.kind()) instanceof EClass type) || type.isAbstract()) {
                throw inconsistent("element " + row.id() + " of unknown kind " + row.kind());
            }
            EObject element = EcoreUtil.create(type);
            try {
                ElementCodec.decode(row.data(), element, references);
            } catch (IOException | RuntimeException e) {
                throw new StoreException(Reason.DATABASE, "corruptStoredRevision",
                        new Object[] {planId, revision, "element " + row.id() + ": " + e.getMessage()}, e);
            }
            if (byId.put(row.id(), element) != null) {
                throw inconsistent("element " + row.id() + " twice");
            }
            if (row.parentId() == null) {
                if (plan != null || !(element instanceof Plan root)) {
                    throw inconsistent("element " + row.id() + " has no parent");
                }
                plan = root;
            } else {
                children.computeIfAbsent(row.parentId(), k -> new HashMap<>())
                        .computeIfAbsent(row.feature(), k -> new ArrayList<>()).add(new Child(row.position(), element));
            }
        }
        if (plan == null || !planId.equals(plan.getId())) {
            throw inconsistent("no plan element " + planId);
        }
        for (Map.Entry<String, Map<String, List<Child>>> parent : children.entrySet()) {
            EObject container = byId.get(parent.getKey());
            if (container == null) {
                throw inconsistent("parent " + parent.getKey() + " missing");
            }
            for (Map.Entry<String, List<Child>> contained : parent.getValue().entrySet()) {
                EStructuralFeature feature = container.eClass().getEStructuralFeature(contained.getKey());
                if (!ElementCodec.holdsRows(feature)) {
                    throw inconsistent("feature " + contained.getKey() + " of " + parent.getKey());
                }
                List<Child> list = contained.getValue();
                list.sort(Comparator.comparingInt(Child::position));
                List<EObject> elements = new ArrayList<>(list.size());
                list.forEach(child -> elements.add(child.element()));
                if (container == plan && feature == PlanPackage.Literals.PLAN__TRACE_LINKS) {
                    planLinks.addAll(elements);
                } else if (feature.isMany()) {
                    ((InternalEList<EObject>) (EList<?>) container.eGet(feature)).addAllUnique(elements);
                } else if (elements.size() == 1) {
                    container.eSet(feature, elements.get(0));
                } else {
                    throw inconsistent(elements.size() + " values of " + parent.getKey() + "." + feature.getName());
                }
            }
        }
    }

    /** Resolves the references of the element rows; {@code byId} must hold every element by then. */
    @SuppressWarnings("unchecked")
    void resolveReferences() throws StoreException {
        for (ElementCodec.Reference reference : references) {
            List<EObject> targets = new ArrayList<>(reference.ids().size());
            for (String id : reference.ids()) {
                EObject target = byId.get(id);
                if (target == null || !reference.feature().getEReferenceType().isInstance(target)) {
                    throw inconsistent(reference.feature().getName() + " -> " + id);
                }
                targets.add(target);
            }
            if (reference.feature().isMany()) {
                ((InternalEList<EObject>) (EList<?>) reference.owner().eGet(reference.feature())).addAllUnique(targets);
            } else {
                reference.owner().eSet(reference.feature(), targets.get(0));
            }
        }
    }

    private StoreException inconsistent(String what) {
        return new StoreException(Reason.DATABASE, "storeInconsistent", planId, revision, what);
    }
}
