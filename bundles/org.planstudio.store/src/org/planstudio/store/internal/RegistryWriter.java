package org.planstudio.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a revision's registry rows inside the caller's transaction. Rows are versioned: an item
 * or link whose content is unchanged since the previous revision keeps its row; a changed one
 * gets its current row closed ({@code TO_REVISION}) and a new row; a removed one is closed.
 * Saves are linear (the caller checked the base revision), so the open rows are the previous
 * revision's.
 */
final class RegistryWriter {

    private final Connection connection;
    private final String planId;
    private final int revision;

    RegistryWriter(Connection connection, String planId, int revision) {
        this.connection = connection;
        this.planId = planId;
        this.revision = revision;
    }

    /** The open registry rows after a write, by id. */
    record Written(Map<String, RowVersion> items, Map<String, RowVersion> links) {
    }

    Written write(List<ItemRow> items, List<LinkRow> links) throws SQLException {
        return new Written(writeItems(items), writeLinks(links));
    }

    private Map<String, RowVersion> writeItems(List<ItemRow> items) throws SQLException {
        Map<String, RowVersion> open = open("REGISTRY_ITEM", "ITEM_ID", "ITEM_KEY");
        Map<String, RowVersion> after = new HashMap<>(OpenRows.capacity(items));
        List<Long> superseded = new ArrayList<>();
        List<ItemRow> changed = new ArrayList<>();
        List<String> fingerprints = new ArrayList<>();
        for (ItemRow row : items) {
            String sha256 = row.sha256();
            RowVersion current = open.remove(row.id());
            if (current != null && current.sha256().equals(sha256)) {
                after.put(row.id(), current);
                continue;
            }
            if (current != null) {
                superseded.add(current.key());
            }
            changed.add(row);
            fingerprints.add(sha256);
        }
        open.values().forEach(removed -> superseded.add(removed.key()));
        Map<String, Long> keys = writeItemChanges(changed, fingerprints, superseded);
        for (int i = 0; i < changed.size(); i++) {
            String id = changed.get(i).id();
            after.put(id, new RowVersion(keys.get(id), fingerprints.get(i)));
        }
        return after;
    }

    /**
     * Inserts {@code changed} (fingerprints in the same order) and closes {@code superseded}.
     *
     * @return the keys of the inserted rows, by item id
     */
    Map<String, Long> writeItemChanges(List<ItemRow> changed, List<String> fingerprints, Collection<Long> superseded)
            throws SQLException {
        if (changed.isEmpty()) {
            close("REGISTRY_ITEM", "ITEM_KEY", superseded);
            return Map.of();
        }
        Map<String, Long> inserted = new HashMap<>();
        try (PreparedStatement item = connection.prepareStatement("INSERT INTO REGISTRY_ITEM (ITEM_KEY, PLAN_ID,"
                + " ITEM_ID, KIND, POSITION, FROM_REVISION, CONTENT_SHA256, ITEM_TYPE, STATUS, HOST_ORGANIZATION_ID,"
                + " START_DATE, END_DATE, BUDGET, CREDIT_CODE, AFFILIATION)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement country = connection.prepareStatement(
                        "INSERT INTO REGISTRY_PARTNER_COUNTRY (ITEM_KEY, SEQ, COUNTRY_ID) VALUES (?, ?, ?)");
                PreparedStatement participant = connection.prepareStatement(
                        "INSERT INTO REGISTRY_PARTICIPANT (ITEM_KEY, SEQ, ENTITY_ID) VALUES (?, ?, ?)");
                PreparedStatement attribute = connection.prepareStatement(
                        "INSERT INTO REGISTRY_ATTRIBUTE (ITEM_KEY, SEQ, ATTR_KEY, ATTR_VALUE) VALUES (?, ?, ?, ?)");
                TextTable texts = new TextTable(connection);
                Keys keys = new Keys(connection)) {
            for (int i = 0; i < changed.size(); i++) {
                ItemRow row = changed.get(i);
                String sha256 = fingerprints.get(i);
                long key = keys.next();
                inserted.put(row.id(), key);
                item.setLong(1, key);
                item.setString(2, planId);
                item.setString(3, row.id());
                item.setString(4, row.kind().getName());
                item.setInt(5, row.position());
                item.setInt(6, revision);
                item.setString(7, sha256);
                item.setString(8, row.type());
                item.setString(9, row.status());
                item.setString(10, row.hostOrganizationId());
                Timestamps.set(item, 11, row.startDate());
                Timestamps.set(item, 12, row.endDate());
                item.setString(13, row.budget());
                item.setString(14, row.creditCode());
                item.setString(15, row.affiliation());
                item.addBatch();
                addIds(country, key, row.partnerCountryIds());
                addIds(participant, key, row.participantIds());
                int seq = 0;
                for (ItemRow.AttributeRow value : row.attributes()) {
                    attribute.setLong(1, key);
                    attribute.setInt(2, seq++);
                    attribute.setString(3, value.key());
                    attribute.setString(4, value.value());
                    attribute.addBatch();
                }
                for (Map.Entry<String, TextRow> text : row.texts().entrySet()) {
                    texts.add(key, text.getKey(), text.getValue());
                }
            }
            item.executeBatch();
            country.executeBatch();
            participant.executeBatch();
            attribute.executeBatch();
            texts.flush();
        }
        close("REGISTRY_ITEM", "ITEM_KEY", superseded);
        return inserted;
    }

    private static void addIds(PreparedStatement insert, long key, List<String> ids) throws SQLException {
        int seq = 0;
        for (String id : ids) {
            insert.setLong(1, key);
            insert.setInt(2, seq++);
            insert.setString(3, id);
            insert.addBatch();
        }
    }

    private Map<String, RowVersion> writeLinks(List<LinkRow> links) throws SQLException {
        Map<String, RowVersion> open = open("REGISTRY_LINK", "LINK_ID", "LINK_KEY");
        Map<String, RowVersion> after = new HashMap<>(OpenRows.capacity(links));
        List<Long> superseded = new ArrayList<>();
        List<LinkRow> changed = new ArrayList<>();
        List<String> fingerprints = new ArrayList<>();
        for (LinkRow row : links) {
            String sha256 = row.sha256();
            RowVersion current = open.remove(row.id());
            if (current != null && current.sha256().equals(sha256)) {
                after.put(row.id(), current);
                continue;
            }
            if (current != null) {
                superseded.add(current.key());
            }
            changed.add(row);
            fingerprints.add(sha256);
        }
        open.values().forEach(removed -> superseded.add(removed.key()));
        Map<String, Long> keys = writeLinkChanges(changed, fingerprints, superseded);
        for (int i = 0; i < changed.size(); i++) {
            String id = changed.get(i).id();
            after.put(id, new RowVersion(keys.get(id), fingerprints.get(i)));
        }
        return after;
    }

    /** As {@link #writeItemChanges}, for registry links. */
    Map<String, Long> writeLinkChanges(List<LinkRow> changed, List<String> fingerprints, Collection<Long> superseded)
            throws SQLException {
        if (changed.isEmpty()) {
            close("REGISTRY_LINK", "LINK_KEY", superseded);
            return Map.of();
        }
        Map<String, Long> inserted = new HashMap<>();
        try (PreparedStatement link = connection.prepareStatement("INSERT INTO REGISTRY_LINK (LINK_KEY, PLAN_ID,"
                + " LINK_ID, KIND, SOURCE_ID, TARGET_ID, SUSPECT, POSITION, FROM_REVISION, CONTENT_SHA256)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                TextTable texts = new TextTable(connection);
                Keys keys = new Keys(connection)) {
            for (int i = 0; i < changed.size(); i++) {
                LinkRow row = changed.get(i);
                String sha256 = fingerprints.get(i);
                long key = keys.next();
                inserted.put(row.id(), key);
                link.setLong(1, key);
                link.setString(2, planId);
                link.setString(3, row.id());
                link.setString(4, row.kind());
                link.setString(5, row.sourceId());
                link.setString(6, row.targetId());
                link.setBoolean(7, row.suspect());
                link.setInt(8, row.position());
                link.setInt(9, revision);
                link.setString(10, sha256);
                link.addBatch();
                if (row.rationale().isPresent()) {
                    texts.add(key, LinkRow.RATIONALE, row.rationale().get());
                }
            }
            link.executeBatch();
            texts.flush();
        }
        close("REGISTRY_LINK", "LINK_KEY", superseded);
        return inserted;
    }

    private Map<String, RowVersion> open(String table, String idColumn, String keyColumn) throws SQLException {
        Map<String, RowVersion> open = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + idColumn + ", " + keyColumn
                + ", CONTENT_SHA256 FROM " + table + " WHERE PLAN_ID = ? AND TO_REVISION IS NULL")) {
            query.setString(1, planId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    open.put(rows.getString(1), new RowVersion(rows.getLong(2), rows.getString(3)));
                }
            }
        }
        return open;
    }

    /** Ends the validity of rows that this revision changed or removed. */
    private void close(String table, String keyColumn, Collection<Long> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET TO_REVISION = ? WHERE " + keyColumn + " = ?")) {
            for (long key : keys) {
                update.setInt(1, revision);
                update.setLong(2, key);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Keys from the REGISTRY_KEY sequence, fetched before the rows that use them are batched. */
    private static final class Keys implements AutoCloseable {

        private final PreparedStatement next;

        Keys(Connection connection) throws SQLException {
            next = connection.prepareStatement(Dialect.of(connection).nextValue("REGISTRY_KEY"));
        }

        long next() throws SQLException {
            try (ResultSet rows = next.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }

        @Override
        public void close() throws SQLException {
            next.close();
        }
    }
}
