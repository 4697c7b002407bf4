package org.planstudio.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.planstudio.store.AuditAction;
import org.planstudio.store.AuditEntry;

/** The AUDIT_LOG table. Appends run inside the caller's transaction, so a change and its record commit together. */
final class AuditLog {

    private static final int DETAIL_LENGTH = 4000;

    private AuditLog() {
    }

    static void append(Connection connection, Instant at, String actor, AuditAction action, String planId,
            Integer revision, String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO AUDIT_LOG (LOGGED_AT, ACTOR, ACTION, PLAN_ID, REVISION, DETAIL) VALUES (?, ?, ?, ?, ?, ?)")) {
            Timestamps.set(insert, 1, at);
            insert.setString(2, Columns.fit(actor, 255));
            insert.setString(3, action.name());
            insert.setString(4, planId);
            if (revision == null) {
                insert.setNull(5, Types.INTEGER);
            } else {
                insert.setInt(5, revision);
            }
            insert.setString(6, Columns.fit(detail, DETAIL_LENGTH));
            insert.executeUpdate();
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
