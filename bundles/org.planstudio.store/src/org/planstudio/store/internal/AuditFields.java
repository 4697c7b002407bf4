package org.planstudio.store.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.planstudio.store.FieldChange;
import org.planstudio.store.HistoryQuery;

/**
 * The AUDIT_FIELD table: a save's field entries, written in its transaction under its AUDIT_LOG
 * entry, whose chained hash covers {@link #digest} of them (so the chain protects them too, at
 * the cost of one digest per revision rather than one chain step per field).
 */
final class AuditFields {

    private static final int BATCH = 1000;

    private AuditFields() {
    }

    /** SHA-256 of the entries as stored, in order, each field with its length. */
    static String digest(List<FieldEntry> stored) {
        Fingerprint fingerprint = new Fingerprint().add(stored.size());
        for (int seq = 0; seq < stored.size(); seq++) {
            add(fingerprint, seq, stored.get(seq));
        }
        return fingerprint.hex();
    }

    private static void add(Fingerprint fingerprint, int seq, FieldEntry entry) {
        fingerprint.add(seq).add(entry.elementId()).add(entry.elementKind()).add(entry.elementLabel())
                .add(entry.field()).add(String.valueOf(entry.change().code())).add(entry.oldValue())
                .add(entry.newValue());
    }

    static void insert(Connection connection, long entryId, String planId, List<FieldEntry> stored)
            throws SQLException {
        if (stored.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO AUDIT_FIELD (ENTRY_ID, SEQ, PLAN_ID,"
                + " ELEMENT_ID, ELEMENT_KIND, ELEMENT_LABEL, FIELD, CHANGE_KIND, OLD_VALUE, NEW_VALUE)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int seq = 0; seq < stored.size(); seq++) {
                FieldEntry entry = stored.get(seq);
                insert.setLong(1, entryId);
                insert.setInt(2, seq);
                insert.setString(3, planId);
                insert.setString(4, entry.elementId());
                insert.setString(5, entry.elementKind());
                insert.setString(6, entry.elementLabel());
                insert.setString(7, entry.field());
                insert.setString(8, String.valueOf(entry.change().code()));
                insert.setString(9, entry.oldValue());
                insert.setString(10, entry.newValue());
                insert.addBatch();
                if ((seq + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Reads the field rows of all entries in entry order, for the chain's check. */
    static PreparedStatement all(Connection connection) throws SQLException {
        PreparedStatement query = connection.prepareStatement("SELECT ENTRY_ID, SEQ, ELEMENT_ID, ELEMENT_KIND,"
                + " ELEMENT_LABEL, FIELD, CHANGE_KIND, OLD_VALUE, NEW_VALUE FROM AUDIT_FIELD ORDER BY ENTRY_ID, SEQ");
        query.setFetchSize(1000);
        return query;
    }

    /** Streams the field rows of {@link #all} entry by entry and recomputes each entry's digest. */
    static final class Digests {

        private final ResultSet rows;
        private boolean more;

        Digests(ResultSet rows) throws SQLException {
            this.rows = rows;
            this.more = rows.next();
        }

        /** Whether rows are left after the last entry asked for: rows of no entry, added or orphaned. */
        boolean rowsLeft() {
            return more;
        }

        /** The digest of {@code entryId}'s rows; empty if it has none. Entries must be asked in order. */
        Optional<String> of(long entryId) throws SQLException {
            while (more && rows.getLong(1) < entryId) {
                // Rows of an entry that is gone: the chain breaks at the next entry anyway.
                more = rows.next();
            }
            if (!more || rows.getLong(1) != entryId) {
                return Optional.empty();
            }
            List<FieldEntry> entries = new ArrayList<>();
            List<Integer> seqs = new ArrayList<>();
            while (more && rows.getLong(1) == entryId) {
                seqs.add(rows.getInt(2));
                entries.add(new FieldEntry(rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                        FieldChange.Kind.of(rows.getString(7).charAt(0)), rows.getString(8), rows.getString(9)));
                more = rows.next();
            }
            Fingerprint fingerprint = new Fingerprint().add(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                add(fingerprint, seqs.get(i), entries.get(i));
            }
            return Optional.of(fingerprint.hex());
        }
    }

    static List<FieldChange> read(Connection connection, HistoryQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT f.FIELD_ID, a.LOGGED_AT, a.ACTOR, f.PLAN_ID, a.REVISION,"
                + " f.ELEMENT_ID, f.ELEMENT_KIND, f.ELEMENT_LABEL, f.FIELD, f.CHANGE_KIND, f.OLD_VALUE, f.NEW_VALUE"
                + " FROM AUDIT_FIELD f JOIN AUDIT_LOG a ON a.ENTRY_ID = f.ENTRY_ID WHERE f.PLAN_ID = ?");
        List<Object> values = new ArrayList<>();
        values.add(query.planId());
        query.elementId().ifPresent(id -> {
            sql.append(" AND f.ELEMENT_ID = ?");
            values.add(id);
        });
        query.actor().ifPresent(actor -> {
            sql.append(" AND a.ACTOR = ?");
            values.add(actor);
        });
        query.from().ifPresent(from -> {
            sql.append(" AND a.LOGGED_AT >= ?");
            values.add(from);
        });
        query.to().ifPresent(to -> {
            sql.append(" AND a.LOGGED_AT < ?");
            values.add(to);
        });
        query.elementKind().ifPresent(kind -> {
            sql.append(" AND f.ELEMENT_KIND = ?");
            values.add(kind);
        });
        sql.append(" ORDER BY f.ENTRY_ID DESC, f.SEQ OFFSET ").append(query.offset()).append(" ROWS FETCH NEXT ")
                .append(query.limit()).append(" ROWS ONLY");
        List<FieldChange> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) instanceof java.time.Instant at) {
                    Timestamps.set(select, i + 1, at);
                } else {
                    select.setString(i + 1, (String) values.get(i));
                }
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(new FieldChange(rows.getLong(1), Timestamps.require(rows, "LOGGED_AT"),
                            rows.getString(3), rows.getString(4), rows.getInt(5), rows.getString(6), rows.getString(7),
                            Optional.ofNullable(rows.getString(8)).orElse(rows.getString(6)), rows.getString(9),
                            FieldChange.Kind.of(rows.getString(10).charAt(0)), Optional.ofNullable(rows.getString(11)),
                            Optional.ofNullable(rows.getString(12))));
                }
            }
        }
        return changes;
    }
}
