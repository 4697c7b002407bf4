package org.planstudio.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.planstudio.store.AuditVerification;

/**
 * The audit log's hash chain: every entry's hash covers the previous entry's hash and the entry's
 * own fields, so altering or removing an entry afterwards breaks the chain at that point. The
 * newest hash also lives in AUDIT_HEAD, whose row every writer locks first (so entries chain in
 * commit order) and which a verifier compares with the last entry (so removing the newest entries
 * shows too). Someone who may rewrite every row can recompute the chain: {@link #verify} prints
 * the head hash so that an administrator can note it outside the database and compare later.
 */
final class AuditChain {

    private AuditChain() {
    }

    /** The newest entry's hash, with the head row locked until the caller's transaction ends. */
    static Optional<String> lockHead(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "UPDATE AUDIT_HEAD SET LAST_HASH = LAST_HASH WHERE HEAD_ID = 1")) {
            lock.executeUpdate();
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT LAST_HASH FROM AUDIT_HEAD WHERE HEAD_ID = 1")) {
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        }
    }

    static void moveHead(Connection connection, long entryId, String hash) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE AUDIT_HEAD SET LAST_ENTRY_ID = ?, LAST_HASH = ? WHERE HEAD_ID = 1")) {
            update.setLong(1, entryId);
            update.setString(2, hash);
            update.executeUpdate();
        }
    }

    /**
     * Each field with its length, so that no two different entries give the same bytes. The digest
     * of the entry's field rows (data format 5) is added only when there is one, so that the hashes
     * of older entries stay what they were.
     */
    static String hash(Optional<String> previous, Instant at, String actor, String action, String planId,
            Integer revision, String detail, Optional<String> fields) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {previous.orElse(null), Long.toString(at.toEpochMilli()), actor, action,
                planId, revision == null ? null : revision.toString(), detail}) {
            text.append(field == null ? "-" : field.length() + ":" + field).append('\n');
        }
        fields.ifPresent(digest -> text.append("fields ").append(digest).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static AuditVerification verify(Connection connection) throws SQLException {
        long chained = 0;
        long unchained = 0;
        Optional<String> previous = Optional.empty();
        long lastId = 0;
        boolean orphans;
        try (PreparedStatement query = connection.prepareStatement("SELECT ENTRY_ID, LOGGED_AT, ACTOR, ACTION,"
                + " PLAN_ID, REVISION, DETAIL, ENTRY_HASH, FIELDS_SHA256 FROM AUDIT_LOG ORDER BY ENTRY_ID");
                PreparedStatement fieldRows = AuditFields.all(connection)) {
            query.setFetchSize(1000);
            try (ResultSet rows = query.executeQuery(); ResultSet fieldResult = fieldRows.executeQuery()) {
                AuditFields.Digests digests = new AuditFields.Digests(fieldResult);
                while (rows.next()) {
                    long id = rows.getLong(1);
                    String stored = rows.getString(8);
                    if (stored == null) {
                        if (chained > 0) {
                            return AuditVerification.broken(chained, unchained, id,
                                    AuditVerification.Break.UNCHAINED_ENTRY);
                        }
                        unchained++;
                        continue;
                    }
                    int revision = rows.getInt(6);
                    Integer optionalRevision = rows.wasNull() ? null : revision;
                    Optional<String> digest = Optional.ofNullable(rows.getString(9)).map(String::strip);
                    Optional<String> actual = digests.of(id);
                    // No field rows for an entry with a digest is the digest of none; rows without a digest were added.
                    boolean fieldsIntact = digest.isPresent()
                            ? digest.get().equals(actual.orElse(AuditFields.digest(List.of())))
                            : actual.isEmpty();
                    String expected = hash(previous, Timestamps.require(rows, "LOGGED_AT"), rows.getString(3),
                            rows.getString(4), rows.getString(5), optionalRevision, rows.getString(7), digest);
                    if (!fieldsIntact || !expected.equals(stored.strip())) {
                        return AuditVerification.broken(chained, unchained, id, AuditVerification.Break.ALTERED);
                    }
                    previous = Optional.of(expected);
                    lastId = id;
                    chained++;
                }
                orphans = digests.rowsLeft();
            }
        }
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT LAST_ENTRY_ID, LAST_HASH FROM AUDIT_HEAD WHERE HEAD_ID = 1")) {
            try (ResultSet rows = head.executeQuery()) {
                if (!rows.next()) {
                    return AuditVerification.broken(chained, unchained, lastId, AuditVerification.Break.HEAD_MISSING);
                }
                long headId = rows.getLong(1);
                Optional<String> headHash = Optional.ofNullable(rows.getString(2)).map(String::strip);
                if (!headHash.equals(previous) || (chained > 0 && headId != lastId)) {
                    return AuditVerification.broken(chained, unchained, headId,
                            AuditVerification.Break.NEWEST_REMOVED);
                }
            }
        }
        if (orphans) {
            // Field rows after the newest entry belong to no entry: added around the store.
            return AuditVerification.broken(chained, unchained, lastId, AuditVerification.Break.ALTERED);
        }
        return AuditVerification.intact(chained, unchained, previous, chained == 0 ? OptionalLong.empty()
                : OptionalLong.of(lastId));
    }
}
