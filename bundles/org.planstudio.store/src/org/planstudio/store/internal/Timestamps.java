package org.planstudio.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Instants go into TIMESTAMP columns as UTC wall-clock time, so that a database moved between
 * machines in different time zones reads back the same instants.
 */
final class Timestamps {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Timestamps() {
    }

    /** Now, at the millisecond precision that every column and {@code java.util.Date} can hold. */
    static Instant now() {
        return Instant.ofEpochMilli(System.currentTimeMillis());
    }

    static void set(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(value), Calendar.getInstance(UTC));
        }
    }

    static Optional<Instant> get(ResultSet rows, String column) throws SQLException {
        return Optional.ofNullable(rows.getTimestamp(column, Calendar.getInstance(UTC))).map(Timestamp::toInstant);
    }

    static Instant require(ResultSet rows, String column) throws SQLException {
        return get(rows, column).orElseThrow(() -> new SQLException("NULL in " + column));
    }
}
