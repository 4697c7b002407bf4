package org.planstudio.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.planstudio.store.AuditAction;
import org.planstudio.store.AuditEntry;

/**
 * The AUDIT_LOG table. Appends run inside the caller's transaction, so a change and its record
 * commit together; from data format 4 on every entry is chained (AuditChain).
 */
final class AuditLog {

    private static final int DETAIL_LENGTH = 4000;

    private AuditLog() {
    }

    /** Appends a chained entry ({@link AuditChain}); waits for other writers' entries to commit first. */
    static void append(Connection connection, Instant at, String actor, AuditAction action, String planId,
            Integer revision, String detail) throws SQLException {
        append(connection, at, actor, action, planId, revision, detail, Optional.empty());
    }

    /**
     * A chained entry with its field entries ({@link AuditFields}): the entry's hash covers their
     * digest, so the chain shows a field entry altered or removed as well.
     */
    static void append(Connection connection, Instant at, String actor, AuditAction action, String planId,
            Integer revision, String detail, List<FieldEntry> fields) throws SQLException {
        append(connection, at, actor, action, planId, revision, detail,
                Optional.of(fields.stream().map(FieldEntry::stored).toList()));
    }

    private static void append(Connection connection, Instant at, String actor, AuditAction action, String planId,
            Integer revision, String detail, Optional<List<FieldEntry>> fields) throws SQLException {
        Optional<String> previous = AuditChain.lockHead(connection);
        String storedActor = Columns.fit(actor, 255);
        String storedDetail = Columns.fit(detail, DETAIL_LENGTH);
        Optional<String> digest = fields.map(AuditFields::digest);
        String hash = AuditChain.hash(previous, at, storedActor, action.name(), planId, revision, storedDetail,
                digest);
        long id = insert(connection, at, storedActor, action, planId, revision, storedDetail, hash, digest);
        if (fields.isPresent()) {
            AuditFields.insert(connection, id, planId, fields.get());
        }
        AuditChain.moveHead(connection, id, hash);
    }

    /** An entry of the migrations before the chain exists (data formats 1 to 3). */
    static void appendUnchained(Connection connection, Instant at, String actor, AuditAction action, String detail)
            throws SQLException {
        insert(connection, at, Columns.fit(actor, 255), action, null, null, Columns.fit(detail, DETAIL_LENGTH), null,
                Optional.empty());
    }

    private static long insert(Connection connection, Instant at, String actor, AuditAction action, String planId,
            Integer revision, String detail, String hash, Optional<String> digest) throws SQLException {
        // Only name the columns that are set: the migrations before 4 and 5 write this table without them.
        String columns = "LOGGED_AT, ACTOR, ACTION, PLAN_ID, REVISION, DETAIL" + (hash == null ? "" : ", ENTRY_HASH")
                + (digest.isEmpty() ? "" : ", FIELDS_SHA256");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO AUDIT_LOG (" + columns
                + ") VALUES (?, ?, ?, ?, ?, ?" + (hash == null ? "" : ", ?") + (digest.isEmpty() ? "" : ", ?") + ")",
                Statement.RETURN_GENERATED_KEYS)) {
            Timestamps.set(insert, 1, at);
            insert.setString(2, actor);
            insert.setString(3, action.name());
            insert.setString(4, planId);
            if (revision == null) {
                insert.setNull(5, Types.INTEGER);
            } else {
                insert.setInt(5, revision);
            }
            insert.setString(6, detail);
            if (hash != null) {
                insert.setString(7, hash);
            }
            if (digest.isPresent()) {
                insert.setString(8, digest.get());
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no ENTRY_ID for the new audit entry");
                }
                return keys.getLong(1);
            }
        }
    }

    static List<AuditEntry> read(Connection connection, Optional<String> planId, int limit) throws SQLException {
        String sql = "SELECT ENTRY_ID, LOGGED_AT, ACTOR, ACTION, PLAN_ID, REVISION, DETAIL FROM AUDIT_LOG"
                + (planId.isPresent() ? " WHERE PLAN_ID = ?" : "") + " ORDER BY ENTRY_ID DESC";
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (planId.isPresent()) {
                query.setString(1, planId.get());
            }
            query.setMaxRows(Math.max(0, limit));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
        }
        return entries;
    }

    private static AuditEntry entry(ResultSet rows) throws SQLException {
        int revision = rows.getInt("REVISION");
        OptionalInt optionalRevision = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(revision);
        return new AuditEntry(rows.getLong("ENTRY_ID"), Timestamps.require(rows, "LOGGED_AT"),
                rows.getString("ACTOR"), AuditAction.valueOf(rows.getString("ACTION")),
                Optional.ofNullable(rows.getString("PLAN_ID")), optionalRevision, rows.getString("DETAIL"));
    }
}
