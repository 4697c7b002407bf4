package org.planstudio.store.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.store.StoreException;

/**
 * Puts a stored revision back together: its plan elements (element rows, or the XMI of a
 * revision stored that way) plus its registry rows, references resolved by id. Lists are filled
 * whole, never element by element: EMF's containment lists check uniqueness on every add, which
 * made loading a plan of 100,000 links quadratic.
 */
final class PlanAssembler {

    private PlanAssembler() {
    }

    static Plan fromXmi(String planId, int revision, byte[] xmi, List<ItemRow> items, List<LinkRow> links)
            throws StoreException {
        Plan plan = PlanXmi.fromStored(xmi, planId, revision);
        List<EObject> planLinks = new ArrayList<>(plan.getTraceLinks());
        plan.getTraceLinks().clear();
        List<RegistryItem> created = addItems(plan, items);
        ElementIndex index = new ElementIndex(plan, revision);
        resolveItems(created, items, index);
        addLinks(plan, planLinks, links, index);
        return plan;
    }

    static Plan fromRows(String planId, int revision, List<ElementRow> elements, List<ItemRow> items,
            List<LinkRow> links) throws StoreException {
        ElementAssembler assembler = new ElementAssembler(planId, revision);
        assembler.build(elements);
        Plan plan = assembler.plan();
        List<RegistryItem> created = addItems(plan, items);
        ElementIndex index = new ElementIndex(planId, revision, assembler.byId());
        created.forEach(index::add);
        assembler.resolveReferences();
        resolveItems(created, items, index);
        addLinks(plan, assembler.planLinks(), links, index);
        return plan;
    }

    @SuppressWarnings("unchecked")
    private static List<RegistryItem> addItems(Plan plan, List<ItemRow> items) {
        List<RegistryItem> created = new ArrayList<>(items.size());
        Map<RegistryKind, List<RegistryItem>> byKind = new EnumMap<>(RegistryKind.class);
        // Rows come ordered by kind and position; appending in that order restores each list.
        for (ItemRow row : items) {
            RegistryItem item = RegistryMapping.toItem(row);
            created.add(item);
            byKind.computeIfAbsent(row.kind(), k -> new ArrayList<>()).add(item);
        }
        for (Map.Entry<RegistryKind, List<RegistryItem>> kind : byKind.entrySet()) {
            ((InternalEList<RegistryItem>) (EList<?>) RegistryMapping.list(plan, kind.getKey()))
                    .addAllUnique(kind.getValue());
        }
        return created;
    }

    private static void resolveItems(List<RegistryItem> created, List<ItemRow> items, ElementIndex index)
            throws StoreException {
        for (int i = 0; i < items.size(); i++) {
            RegistryMapping.resolve(created.get(i), items.get(i), index);
        }
    }

    /**
     * A registry link's position is its index in the whole list, so placing the registry links in
     * ascending position among the other links, in their order, puts every link back where it was
     * (a position past the end, as inserting there did, means the end).
     */
    @SuppressWarnings("unchecked")
    private static void addLinks(Plan plan, List<EObject> planLinks, List<LinkRow> links, ElementIndex index)
            throws StoreException {
        List<EObject> all = new ArrayList<>(planLinks.size() + links.size());
        int next = 0;
        for (LinkRow row : links.stream().sorted(Comparator.comparingInt(LinkRow::position)).toList()) {
            while (all.size() < row.position() && next < planLinks.size()) {
                all.add(planLinks.get(next++));
            }
            TraceLink link = PlanFactory.eINSTANCE.createTraceLink();
            link.setId(row.id());
            link.setKind(row.kind() == null ? TraceKind.CONTRIBUTES_TO : TraceKind.getByName(row.kind()));
            link.setSource(index.find(row.sourceId(), Identified.class));
            link.setTarget(index.find(row.targetId(), Identified.class));
            link.setSuspect(row.suspect());
            row.rationale().map(TextRow::toText).ifPresent(link::setRationale);
            all.add(link);
        }
        all.addAll(planLinks.subList(next, planLinks.size()));
        ((InternalEList<EObject>) (EList<?>) plan.getTraceLinks()).addAllUnique(all);
    }
}
