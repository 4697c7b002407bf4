package org.planstudio.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.check.PlanProblem;
import org.planstudio.model.check.PlanValidator;
import org.planstudio.model.io.PlanFormatException;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/**
 * Splits a plan into its element rows (or, failing those, its XMI without registry items) and
 * registry rows, checking first that it
 * can be stored: ids where rows need them, and no reference that would dangle. The plan passed
 * in is not modified; the XMI is written from a copy.
 */
final class PlanSplitter {

    private PlanSplitter() {
    }

    static SplitPlan split(Plan plan) throws StoreException {
        if (plan.getId() == null || plan.getId().isBlank()) {
            throw PlanScope.missingId(plan);
        }
        // A value longer than its column would fail inside the transaction as a database error.
        List<PlanProblem> unstorable = PlanValidator.storable(plan);
        if (!unstorable.isEmpty()) {
            throw new StoreException(Reason.INVALID_PLAN, "invalidPlan.limits",
                    new Object[] {new PlanFormatException(plan.getId(), unstorable)}, null);
        }
        PlanScope scope = new PlanScope(plan);
        List<ItemRow> items = items(plan, scope);
        List<LinkRow> links = new ArrayList<>();
        List<Integer> linkPositions = new ArrayList<>();
        Set<EObject> registryLinks = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, TraceLink> linkIds = new HashMap<>();
        for (int i = 0; i < plan.getTraceLinks().size(); i++) {
            TraceLink link = plan.getTraceLinks().get(i);
            if (touchesRegistry(link)) {
                LinkRow row = linkRow(link, i, scope);
                TraceLink other = linkIds.putIfAbsent(row.id(), link);
                if (other != null) {
                    throw duplicate(row.id(), other, link);
                }
                links.add(row);
                linkPositions.add(i);
                registryLinks.add(link);
            }
        }
        Optional<List<ElementRow>> elements = ElementSplitter.split(plan, registryLinks);
        Optional<byte[]> xmi = elements.isPresent() ? Optional.empty()
                : Optional.of(PlanXmi.toBytes(withoutRegistry(plan, linkPositions)));
        return new SplitPlan(plan.getId(), Texts.zh(plan.getTitle()).orElse(""),
                Texts.en(plan.getTitle()).orElse(""), xmi, elements.orElse(List.of()), items, links);
    }

    private static List<ItemRow> items(Plan plan, PlanScope scope) throws StoreException {
        Map<String, RegistryItem> seen = new HashMap<>();
        List<ItemRow> rows = new ArrayList<>();
        for (RegistryKind kind : RegistryKind.VALUES) {
            List<RegistryItem> list = RegistryMapping.list(plan, kind);
            for (int position = 0; position < list.size(); position++) {
                RegistryItem item = list.get(position);
                if (item.getId() == null || item.getId().isBlank()) {
                    throw PlanScope.missingId(item);
                }
                RegistryItem other = seen.putIfAbsent(item.getId(), item);
                if (other != null) {
                    throw duplicate(item.getId(), other, item);
                }
                rows.add(RegistryMapping.toRow(item, kind, position, scope));
            }
        }
        return rows;
    }

    private static StoreException duplicate(String id, EObject first, EObject second) {
        return new StoreException(Reason.INVALID_PLAN, "invalidPlan.duplicateId", id,
                first.eClass().getName() + ", " + second.eClass().getName());
    }

    static boolean touchesRegistry(TraceLink link) {
        return link.getSource() instanceof RegistryItem || link.getTarget() instanceof RegistryItem;
    }

    private static LinkRow linkRow(TraceLink link, int position, PlanScope scope) throws StoreException {
        if (link.getId() == null || link.getId().isBlank()) {
            throw PlanScope.missingId(link);
        }
        return new LinkRow(link.getId(), link.getKind().getName(), scope.idOf(link, link.getSource()),
                scope.idOf(link, link.getTarget()), link.isSuspect(), position,
                Optional.ofNullable(link.getRationale()).map(TextRow::of));
    }

    private static Plan withoutRegistry(Plan plan, List<Integer> linkPositions) throws StoreException {
        Plan copy = EcoreUtil.copy(plan);
        for (RegistryKind kind : RegistryKind.VALUES) {
            RegistryMapping.list(copy, kind).clear();
        }
        for (int i = linkPositions.size() - 1; i >= 0; i--) {
            copy.getTraceLinks().remove((int) linkPositions.get(i));
        }
        // Whatever still points outside the copy would be written as a dangling reference (for
        // instance a reference to a registry item from a feature added to the model later).
        Map<EObject, Collection<EStructuralFeature.Setting>> external = EcoreUtil.ExternalCrossReferencer.find(copy);
        if (!external.isEmpty()) {
            Map.Entry<EObject, Collection<EStructuralFeature.Setting>> first = external.entrySet().iterator().next();
            EObject owner = first.getValue().iterator().next().getEObject();
            throw PlanScope.dangling(owner, first.getKey());
        }
        return copy;
    }
}
