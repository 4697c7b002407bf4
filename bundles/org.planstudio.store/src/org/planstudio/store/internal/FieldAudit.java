package org.planstudio.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/**
 * Works out a save's field entries inside its transaction, after its rows are written: the old
 * values come from the rows the revision closed ({@code TO_REVISION} = it), the new ones from the
 * rows it inserted, so the cost follows the size of the change, not of the plan.
 */
final class FieldAudit {

    private static final int IN_LIST = 200;

    private final Connection connection;
    private final String planId;
    private final int revision;
    private final Map<String, String> known = new HashMap<>();

    private FieldAudit(Connection connection, String planId, int revision) {
        this.connection = connection;
        this.planId = planId;
        this.revision = revision;
    }

    /** A full save: the new rows are those of {@code split} that the revision inserted. */
    static List<FieldEntry> ofSave(Connection connection, int revision, SplitPlan split)
            throws SQLException, StoreException {
        FieldAudit audit = new FieldAudit(connection, split.planId(), revision);
        FieldDiff diff = new FieldDiff();
        if (split.xmi().isEmpty()) {
            // A revision kept as XMI closes every element row without removing an element: no entries.
            Set<String> inserted = audit.inserted("PLAN_ELEMENT", "ELEMENT_ID");
            audit.elements(diff, split.elements().stream().filter(r -> inserted.contains(r.id())).toList());
        }
        Set<String> items = audit.inserted("REGISTRY_ITEM", "ITEM_ID");
        Set<String> links = audit.inserted("REGISTRY_LINK", "LINK_ID");
        audit.registry(diff, split.items().stream().filter(r -> items.contains(r.id())).toList(),
                split.links().stream().filter(r -> links.contains(r.id())).toList(), true);
        return audit.named(diff);
    }

    /** A save of tracked changes: the delta's rows are the inserted ones. */
    static List<FieldEntry> ofChanges(Connection connection, int revision, ChangedRows.Delta delta)
            throws SQLException, StoreException {
        FieldAudit audit = new FieldAudit(connection, delta.planId(), revision);
        FieldDiff diff = new FieldDiff();
        audit.elements(diff, delta.elements().rows());
        audit.registry(diff, delta.items().rows(), delta.links().rows(),
                !delta.items().closed().isEmpty() || !delta.links().closed().isEmpty());
        return audit.named(diff);
    }

    private void elements(FieldDiff diff, List<ElementRow> inserted) throws SQLException, StoreException {
        try {
            Map<String, Snapshot> before = new LinkedHashMap<>();
            for (ElementRow row : closedElements()) {
                before.put(row.id(), remember(Snapshots.of(row)));
            }
            List<Snapshot> after = new ArrayList<>(inserted.size());
            for (ElementRow row : inserted) {
                after.add(remember(Snapshots.of(row)));
            }
            diff.add(before, after);
        } catch (IOException e) {
            throw new StoreException(Reason.DATABASE, "corruptStoredRevision", planId, revision, e.getMessage());
        }
    }

    private void registry(FieldDiff diff, List<ItemRow> items, List<LinkRow> links, boolean anyClosed)
            throws SQLException, StoreException {
        Map<String, Snapshot> itemsBefore = new LinkedHashMap<>();
        Map<String, Snapshot> linksBefore = new LinkedHashMap<>();
        if (anyClosed) {
            RegistryReader closed = RegistryReader.closedAt(connection, planId, revision);
            for (ItemRow row : closed.items()) {
                itemsBefore.put(row.id(), remember(Snapshots.of(row)));
            }
            for (LinkRow row : closed.links()) {
                linksBefore.put(row.id(), Snapshots.of(row));
            }
        }
        List<Snapshot> itemsAfter = new ArrayList<>(items.size());
        for (ItemRow row : items) {
            itemsAfter.add(remember(Snapshots.of(row)));
        }
        diff.add(itemsBefore, itemsAfter);
        diff.add(linksBefore, links.stream().map(Snapshots::of).toList());
    }

    private Snapshot remember(Snapshot snapshot) {
        if (snapshot.label() != null) {
            known.put(snapshot.id(), snapshot.label());
        }
        return snapshot;
    }

    private List<FieldEntry> named(FieldDiff diff) throws SQLException, StoreException {
        Set<String> wanted = new HashSet<>();
        for (FieldDiff.Pending pending : diff.references()) {
            if (!known.containsKey(pending.targetId())) {
                wanted.add(pending.targetId());
            }
        }
        if (!wanted.isEmpty()) {
            lookUp(new ArrayList<>(wanted));
        }
        return diff.entries(known);
    }

    /** Labels of reference targets this save did not touch, from their current rows. */
    private void lookUp(List<String> ids) throws SQLException, StoreException {
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement query = connection.prepareStatement("SELECT ELEMENT_ID, KIND, PARENT_ID, FEATURE,"
                    + " POSITION, DATA, DATA_LOB FROM PLAN_ELEMENT WHERE PLAN_ID = ? AND TO_REVISION IS NULL"
                    + " AND ELEMENT_ID IN (" + marks + ")")) {
                query.setString(1, planId);
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(i + 2, chunk.get(i));
                }
                for (ElementRow row : rows(query)) {
                    remember(Snapshots.of(row));
                }
            } catch (IOException e) {
                throw new StoreException(Reason.DATABASE, "corruptStoredRevision", planId, revision, e.getMessage());
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT i.ITEM_ID, t.FEATURE, t.ZH"
                    + " FROM REGISTRY_ITEM i JOIN REGISTRY_TEXT t ON t.OWNER_KEY = i.ITEM_KEY WHERE i.PLAN_ID = ?"
                    + " AND i.TO_REVISION IS NULL AND i.ITEM_ID IN (" + marks + ")")) {
                query.setString(1, planId);
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(i + 2, chunk.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String text = rows.getString(3);
                        if (("name".equals(rows.getString(2)) || "title".equals(rows.getString(2))) && text != null
                                && !text.isBlank()) {
                            known.putIfAbsent(rows.getString(1), text);
                        }
                    }
                }
            }
        }
    }

    private Set<String> inserted(String table, String idColumn) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + idColumn + " FROM " + table + " WHERE PLAN_ID = ? AND FROM_REVISION = ?")) {
            query.setString(1, planId);
            query.setInt(2, revision);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private List<ElementRow> closedElements() throws SQLException, IOException {
        try (PreparedStatement query = connection.prepareStatement("SELECT ELEMENT_ID, KIND, PARENT_ID, FEATURE,"
                + " POSITION, DATA, DATA_LOB FROM PLAN_ELEMENT WHERE PLAN_ID = ? AND TO_REVISION = ?")) {
            query.setString(1, planId);
            query.setInt(2, revision);
            return rows(query);
        }
    }

    private static List<ElementRow> rows(PreparedStatement query) throws SQLException, IOException {
        List<ElementRow> rows = new ArrayList<>();
        try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
                byte[] data = result.getBytes(6);
                if (data == null) {
                    try (InputStream in = result.getBinaryStream(7)) {
                        data = in == null ? new byte[0] : in.readAllBytes();
                    }
                }
                // The audit compares the elements' data; who owns them (row-level security) is not a field.
                rows.add(new ElementRow(result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4), result.getInt(5), data, ElementOwner.NONE));
            }
        }
        return rows;
    }
}
