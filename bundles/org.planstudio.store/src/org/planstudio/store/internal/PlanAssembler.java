package org.planstudio.store.internal;

import java.util.Comparator;
import java.util.List;

import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.store.StoreException;

/** Puts a stored revision back together: the XMI plus its registry rows, references resolved by id. */
final class PlanAssembler {

    private PlanAssembler() {
    }

    static Plan assemble(String planId, int revision, byte[] xmi, List<ItemRow> items, List<LinkRow> links)
            throws StoreException {
        Plan plan = PlanXmi.fromStored(xmi, planId, revision);
        RegistryItem[] created = new RegistryItem[items.size()];
        // Rows come ordered by kind and position; appending in that order restores each list.
        for (int i = 0; i < items.size(); i++) {
            created[i] = RegistryMapping.toItem(items.get(i));
            RegistryMapping.list(plan, items.get(i).kind()).add(created[i]);
        }
        ElementIndex index = new ElementIndex(plan, revision);
        for (int i = 0; i < items.size(); i++) {
            RegistryMapping.resolve(created[i], items.get(i), index);
        }
        // Positions are indexes in the full list; inserting in ascending order puts every link
        // back where it was, around the links that stayed in the XMI.
        for (LinkRow row : links.stream().sorted(Comparator.comparingInt(LinkRow::position)).toList()) {
            TraceLink link = PlanFactory.eINSTANCE.createTraceLink();
            link.setId(row.id());
            link.setKind(row.kind() == null ? TraceKind.CONTRIBUTES_TO : TraceKind.getByName(row.kind()));
            link.setSource(index.find(row.sourceId(), Identified.class));
            link.setTarget(index.find(row.targetId(), Identified.class));
            link.setSuspect(row.suspect());
            row.rationale().map(TextRow::toText).ifPresent(link::setRationale);
            plan.getTraceLinks().add(Math.min(row.position(), plan.getTraceLinks().size()), link);
        }
        return plan;
    }
}
