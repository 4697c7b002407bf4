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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/**
 * PLAN_ELEMENT inside the caller's transaction. {@link #write} diffs a revision's rows against
 * the open ones (the previous revision's; saves are linear): unchanged elements cost nothing,
 * changed ones get their row closed and a new one, removed ones are closed. {@link #read} returns
 * the rows valid at a revision, each checked against its fingerprint.
 */
final class ElementTable {

    /** The widest inline value; larger data goes to the BLOB column. */
    static final int INLINE_LIMIT = 32_672;

    private record Current(long key, String sha256) {
    }

    private final Connection connection;
    private final String planId;

    ElementTable(Connection connection, String planId) {
        this.connection = connection;
        this.planId = planId;
    }

    /** Writes revision {@code revision}; an empty list (a revision stored as XMI) closes every open row. */
    void write(int revision, List<ElementRow> elements) throws SQLException {
        Map<String, Current> open = open();
        List<Long> superseded = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PLAN_ELEMENT (PLAN_ID, ELEMENT_ID,"
                + " KIND, PARENT_ID, FEATURE, POSITION, FROM_REVISION, CONTENT_SHA256, DATA, DATA_LOB)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (ElementRow row : elements) {
                String sha256 = row.sha256();
                Current current = open.remove(row.id());
                if (current != null && current.sha256().equals(sha256)) {
                    continue;
                }
                if (current != null) {
                    superseded.add(current.key());
                }
                insert.setString(1, planId);
                insert.setString(2, row.id());
                insert.setString(3, row.kind());
                insert.setString(4, row.parentId());
                insert.setString(5, row.feature());
                insert.setInt(6, row.position());
                insert.setInt(7, revision);
                insert.setString(8, sha256);
                if (row.data().length <= INLINE_LIMIT) {
                    insert.setBytes(9, row.data());
                    insert.setNull(10, Dialect.of(connection).binaryNullType());
                } else {
                    insert.setNull(9, Types.VARBINARY);
                    insert.setBinaryStream(10, new ByteArrayInputStream(row.data()), row.data().length);
                }
                insert.addBatch();
                batched++;
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        }
        open.values().forEach(removed -> superseded.add(removed.key()));
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
    }

    private Map<String, Current> open() throws SQLException {
        Map<String, Current> open = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ELEMENT_ID, ELEMENT_KEY, CONTENT_SHA256"
                + " FROM PLAN_ELEMENT WHERE PLAN_ID = ? AND TO_REVISION IS NULL")) {
            query.setString(1, planId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    open.put(rows.getString(1), new Current(rows.getLong(2), rows.getString(3)));
                }
            }
        }
        return open;
    }

    List<ElementRow> read(int revision) throws SQLException, IOException, StoreException {
        List<ElementRow> elements = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ELEMENT_ID, KIND, PARENT_ID, FEATURE,"
                + " POSITION, CONTENT_SHA256, DATA, DATA_LOB FROM PLAN_ELEMENT WHERE PLAN_ID = ?"
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
                            rows.getString(4), rows.getInt(5), data);
                    if (!row.sha256().equals(rows.getString(6))) {
                        throw new StoreException(Reason.DATABASE, "corruptStoredRevision", planId, revision,
                                "element " + row.id() + ": content does not match its fingerprint");
                    }
                    elements.add(row);
                }
            }
        }
        return elements;
    }
}
