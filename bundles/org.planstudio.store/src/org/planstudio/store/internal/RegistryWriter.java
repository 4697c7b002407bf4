package org.planstudio.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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

    private record Current(long key, String sha256) {
    }

    private final Connection connection;
    private final String planId;
    private final int revision;

    RegistryWriter(Connection connection, String planId, int revision) {
        this.connection = connection;
        this.planId = planId;
        this.revision = revision;
    }

    void write(List<ItemRow> items, List<LinkRow> links) throws SQLException {
        writeItems(items);
        writeLinks(links);
    }

    private void writeItems(List<ItemRow> items) throws SQLException {
        Map<String, Current> open = open("REGISTRY_ITEM", "ITEM_ID", "ITEM_KEY");
        List<Long> superseded = new ArrayList<>();
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
            for (ItemRow row : items) {
                String sha256 = row.sha256();
                Current current = open.remove(row.id());
                if (current != null && current.sha256().equals(sha256)) {
                    continue;
                }
                if (current != null) {
                    superseded.add(current.key());
                }
                long key = keys.next();
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
        open.values().forEach(removed -> superseded.add(removed.key()));
        close("REGISTRY_ITEM", "ITEM_KEY", superseded);
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

    private void writeLinks(List<LinkRow> links) throws SQLException {
        Map<String, Current> open = open("REGISTRY_LINK", "LINK_ID", "LINK_KEY");
        List<Long> superseded = new ArrayList<>();
        try (PreparedStatement link = connection.prepareStatement("INSERT INTO REGISTRY_LINK (LINK_KEY, PLAN_ID,"
                + " LINK_ID, KIND, SOURCE_ID, TARGET_ID, SUSPECT, POSITION, FROM_REVISION, CONTENT_SHA256)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                TextTable texts = new TextTable(connection);
                Keys keys = new Keys(connection)) {
            for (LinkRow row : links) {
                String sha256 = row.sha256();
                Current current = open.remove(row.id());
                if (current != null && current.sha256().equals(sha256)) {
                    continue;
                }
                if (current != null) {
                    superseded.add(current.key());
                }
                long key = keys.next();
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
        open.values().forEach(removed -> superseded.add(removed.key()));
        close("REGISTRY_LINK", "LINK_KEY", superseded);
    }

    private Map<String, Current> open(String table, String idColumn, String keyColumn) throws SQLException {
        Map<String, Current> open = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + idColumn + ", " + keyColumn
                + ", CONTENT_SHA256 FROM " + table + " WHERE PLAN_ID = ? AND TO_REVISION IS NULL")) {
            query.setString(1, planId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    open.put(rows.getString(1), new Current(rows.getLong(2), rows.getString(3)));
                }
            }
        }
        return open;
    }

    /** Ends the validity of rows that this revision changed or removed. */
    private void close(String table, String keyColumn, List<Long> keys) throws SQLException {
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
