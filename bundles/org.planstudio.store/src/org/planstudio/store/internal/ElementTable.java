package org.planstudio.store.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/**
 * PLAN_ELEMENT inside the caller's transaction. {@link #write} diffs a revision's rows against
 * the open ones (the previous revision's; saves are linear): unchanged elements cost nothing,
 * changed ones get their row closed and a new one, removed ones are closed; {@link #writeChanges}
 * writes a diff its caller already knows. {@link #read} returns
 * the rows valid at a revision, each checked against its fingerprint.
 */
final class ElementTable {

    /** The widest inline value; larger data goes to the BLOB column. */
    static final int INLINE_LIMIT = 32_672;

    private final Connection connection;
    private final String planId;

    ElementTable(Connection connection, String planId) {
        this.connection = connection;
        this.planId = planId;
    }

    /**
     * Writes revision {@code revision}; an empty list (a revision stored as XMI) closes every open row.
     *
     * @return the open rows after the write, by element id
     */
    Map<String, RowVersion> write(int revision, List<ElementRow> elements) throws SQLException {
        Map<String, RowVersion> open = open();
        Map<String, RowVersion> after = new HashMap<>(OpenRows.capacity(elements));
        List<Long> superseded = new ArrayList<>();
        List<ElementRow> changed = new ArrayList<>();
        List<String> fingerprints = new ArrayList<>();
        for (ElementRow row : elements) {
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
        Map<String, Long> keys = writeChanges(revision, changed, fingerprints, superseded);
        for (int i = 0; i < changed.size(); i++) {
            String id = changed.get(i).id();
            after.put(id, new RowVersion(keys.get(id), fingerprints.get(i)));
        }
        return after;
    }

    /**
     * Inserts {@code changed} (with their fingerprints, in the same order) as rows valid from
     * {@code revision} and closes the rows {@code superseded}: a save that knows what changed.
     *
     * @return the keys of the inserted rows, by element id
     */
    Map<String, Long> writeChanges(int revision, List<ElementRow> changed, List<String> fingerprints,
            Collection<Long> superseded) throws SQLException {
        if (!changed.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PLAN_ELEMENT (PLAN_ID,"
                    + " ELEMENT_ID, KIND, PARENT_ID, FEATURE, POSITION, FROM_REVISION, CONTENT_SHA256, DATA, DATA_LOB,"
                    + " OWNER_TASK, LEAD_UNITS, SUPPORT_UNITS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < changed.size(); i++) {
                    ElementRow row = changed.get(i);
                    insert.setString(1, planId);
                    insert.setString(2, row.id());
                    insert.setString(3, row.kind());
                    insert.setString(4, row.parentId());
                    insert.setString(5, row.feature());
                    insert.setInt(6, row.position());
                    insert.setInt(7, revision);
                    insert.setString(8, fingerprints.get(i));
                    if (row.data().length <= INLINE_LIMIT) {
                        insert.setBytes(9, row.data());
                        insert.setNull(10, Dialect.of(connection).binaryNullType());
                    } else {
                        insert.setNull(9, Types.VARBINARY);
                        insert.setBinaryStream(10, new ByteArrayInputStream(row.data()), row.data().length);
                    }
                    insert.setString(11, row.owner().task());
                    insert.setString(12, row.owner().leadUnits());
                    insert.setString(13, row.owner().supportUnits());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (!superseded.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE PLAN_ELEMENT SET TO_REVISION = ? WHERE ELEMENT_KEY = ?")) {
                for (long key : superseded) {
                    update.setInt(1, revision);
                    update.setLong(2, key);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        return changed.isEmpty() ? Map.of() : insertedKeys(revision);
    }

    // The keys are identity values; Derby returns generated keys for single-row inserts only.
    private Map<String, Long> insertedKeys(int revision) throws SQLException {
        Map<String, Long> keys = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ELEMENT_ID, ELEMENT_KEY FROM PLAN_ELEMENT"
                + " WHERE PLAN_ID = ? AND FROM_REVISION = ?")) {
            query.setString(1, planId);
            query.setInt(2, revision);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return keys;
    }

    private Map<String, RowVersion> open() throws SQLException {
        Map<String, RowVersion> open = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ELEMENT_ID, ELEMENT_KEY, CONTENT_SHA256"
                + " FROM PLAN_ELEMENT WHERE PLAN_ID = ? AND TO_REVISION IS NULL")) {
            query.setString(1, planId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    open.put(rows.getString(1), new RowVersion(rows.getLong(2), rows.getString(3)));
                }
            }
        }
        return open;
    }

    /** The rows valid at {@code revision}; their keys and places go to {@code open}, for the plan's change tracker. */
    List<ElementRow> read(int revision, Map<String, OpenRow> open) throws SQLException, IOException, StoreException {
        List<ElementRow> elements = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ELEMENT_ID, KIND, PARENT_ID, FEATURE,"
                + " POSITION, CONTENT_SHA256, DATA, DATA_LOB, ELEMENT_KEY, OWNER_TASK, LEAD_UNITS, SUPPORT_UNITS"
                + " FROM PLAN_ELEMENT WHERE PLAN_ID = ?"
                + " AND FROM_REVISION <= ? AND (TO_REVISION IS NULL OR TO_REVISION > ?)")) {
            query.setString(1, planId);
            query.setInt(2, revision);
            query.setInt(3, revision);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byte[] data = rows.getBytes(7);
                    if (data == null) {
                        try (InputStream in = rows.getBinaryStream(8)) {
                            data = in == null ? new byte[0] : in.readAllBytes();
                        }
                    }
                    ElementRow row = new ElementRow(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getInt(5), data,
                            new ElementOwner(rows.getString(10), rows.getString(11), rows.getString(12)));
                    String sha256 = rows.getString(6);
                    if (!row.sha256().equals(sha256)) {
                        throw new StoreException(Reason.DATABASE, "corruptStoredRevision", planId, revision,
                                "element " + row.id() + ": content does not match its fingerprint");
                    }
                    elements.add(row);
                    open.put(row.id(), OpenRow.of(new RowVersion(rows.getLong(9), sha256), row.position(),
                            row.parentId(), row.feature()));
                }
            }
        }
        return elements;
    }
}
