package org.planstudio.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Locale;
import java.util.Set;

/**
 * What the store's SQL says differently on Derby and on PostgreSQL. Everything else the store
 * writes is the SQL both engines share (standard identity columns and sequences, FETCH FIRST,
 * unquoted upper-case names, which PostgreSQL folds to lower case), so the seam stays this small.
 */
enum Dialect {

    DERBY("sql/", "VALUES NEXT VALUE FOR %s", Types.BLOB, Set.of("40001", "40XL1", "40XL2")) {
        @Override
        String metadataName(String name) {
            return name.toUpperCase(Locale.ROOT);
        }
    },

    POSTGRESQL("sql/postgresql/", "SELECT nextval('%s')", Types.BINARY, Set.of("40001", "40P01")) {
        @Override
        String metadataName(String name) {
            return name.toLowerCase(Locale.ROOT);
        }

        // Clients of one server may start together on an empty database; one migrates, the others
        // wait and then find nothing left to do. A session lock, since each migration commits.
        @Override
        void lockMigrations(Connection connection, boolean lock) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute((lock ? "SELECT pg_advisory_lock(" : "SELECT pg_advisory_unlock(")
                        + MIGRATION_LOCK + ")");
            }
            connection.commit();
        }
    };

    /** PostgreSQL advisory lock key of schema migrations ("PLST" in ASCII). */
    private static final long MIGRATION_LOCK = 0x504C5354L;

    /** Both engines: a unique or primary key constraint was violated. */
    static final String UNIQUE_VIOLATION = "23505";

    private final String migrations;
    private final String nextValue;
    private final int binaryNullType;
    private final Set<String> retryable;

    Dialect(String migrations, String nextValue, int binaryNullType, Set<String> retryable) {
        this.migrations = migrations;
        this.nextValue = nextValue;
        this.binaryNullType = binaryNullType;
        this.retryable = retryable;
    }

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return product != null && product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : DERBY;
    }

    /** The folder (next to {@link Schema}) of this engine's migration scripts. */
    String migrations() {
        return migrations;
    }

    /** A query returning the next value of {@code sequence} as one row, one BIGINT column. */
    String nextValue(String sequence) {
        return String.format(Locale.ROOT, nextValue, sequence);
    }

    /**
     * The JDBC type for {@code setNull} on a large binary column: Derby's BLOB must be told BLOB,
     * while PostgreSQL's BYTEA would take BLOB as an OID (large object) and refuse it.
     */
    int binaryNullType() {
        return binaryNullType;
    }

    /** How the catalogue spells an unquoted name (DatabaseMetaData patterns are case-sensitive). */
    abstract String metadataName(String name);

    /** Serialises schema migrations between processes; Derby admits one process per database anyway. */
    void lockMigrations(Connection connection, boolean lock) throws SQLException {
        // nothing to do
    }

    /** A deadlock or serialization failure: the whole transaction may be run again. */
    boolean isRetryable(SQLException e) {
        for (SQLException each = e; each != null; each = each.getNextException()) {
            if (each.getSQLState() != null && retryable.contains(each.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }
}
