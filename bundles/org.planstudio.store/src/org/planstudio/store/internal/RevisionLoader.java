package org.planstudio.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planstudio.model.plan.Plan;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;
import org.planstudio.store.StoredPlan;

/**
 * Loads a revision in two steps: {@link #read} the rows inside the store's transaction, then
 * {@link Rows#assemble()} the plan outside it (parsing needs no database, so it need not hold the lock).
 */
final class RevisionLoader {

    /** {@code open}: the rows' keys and places, for a revision stored as element rows. */
    record Rows(RevisionInfo info, Optional<byte[]> xmi, List<ElementRow> elements, List<ItemRow> items,
            List<LinkRow> links, Optional<OpenRows> open) {

        StoredPlan assemble() throws StoreException {
            Plan plan = xmi.isPresent()
                    ? PlanAssembler.fromXmi(info.planId(), info.revision(), xmi.get(), items, links)
                    : PlanAssembler.fromRows(info.planId(), info.revision(), elements, items, links);
            return new StoredPlan(plan, info);
        }
    }

    private RevisionLoader() {
    }

    static Rows read(Connection connection, String planId, int revision)
            throws SQLException, StoreException, IOException {
        Revisions revisions = new Revisions(connection);
        RevisionInfo info = revisions.revision(planId, revision)
                .orElseThrow(() -> revisions.notFound(planId, revision));
        Revisions.Content content = revisions.content(planId, revision).orElseThrow(IllegalStateException::new);
        if (content.xmi().isPresent() && !Fingerprint.of(content.xmi().get()).equals(content.sha256())) {
            throw new StoreException(Reason.DATABASE, "corruptStoredRevision", planId, revision,
                    "XMI content does not match its fingerprint");
        }
        Map<String, OpenRow> openElements = new HashMap<>();
        List<ElementRow> elements = content.xmi().isPresent() ? List.of()
                : new ElementTable(connection, planId).read(revision, openElements);
        RegistryReader registry = new RegistryReader(connection, planId, revision);
        List<ItemRow> items = registry.items();
        List<LinkRow> links = registry.links();
        Optional<OpenRows> open = content.xmi().isPresent() ? Optional.empty()
                : Optional.of(new OpenRows(openElements, registry.openItems(), registry.openLinks()));
        return new Rows(info, content.xmi(), elements, items, links, open);
    }
}
