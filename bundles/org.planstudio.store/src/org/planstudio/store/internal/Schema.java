package org.planstudio.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.planstudio.store.AuditAction;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/**
 * Ordered schema migrations (SQL scripts next to this class) and the SCHEMA_VERSION table.
 * A database at a version newer than the last migration here is refused before anything is written.
 * Each engine has its own scripts ({@link Dialect#migrations()}); the versions are the same, so a
 * version number means the same data format on both.
 */
public final class Schema {

    private record Migration(int version, String description, String script) {
    }

    // Append only: a released migration never changes, a new one gets the next version. Versions
    // may have gaps (a branch that has 3 but not yet 2): every migration not recorded in
    // SCHEMA_VERSION is applied, in version order, so a database that got 3 first still gets 2
    // once it exists. Migrations therefore must not depend on one another beyond version 1.
    private static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "plans, revisions, baselines, audit log, registry tables", "V001__initial.sql"),
            new Migration(2, "plans can be marked deleted and restored", "V002__plan_deletion.sql"),
            new Migration(3, "element-level storage: versioned plan element rows", "V003__element_rows.sql"),
            new Migration(4, "the audit log is a hash chain", "V004__audit_chain.sql"),
            new Migration(5, "field-level audit trail", "V005__audit_fields.sql"),
            new Migration(6, "who owns a plan element: columns for row-level security", "V006__element_owners.sql"));

    /** The first data format whose audit entries are chained (AuditChain). */
    static final int CHAINED_AUDIT = 4;

    private Schema() {
    }

    /** How many migrations there are (versions may have gaps, so not always {@link #latestVersion()}). */
    public static int migrationCount() {
        return MIGRATIONS.size();
    }

    public static int latestVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /** 0 for a database without Plan Studio tables. */
    public static int currentVersion(Connection connection) throws SQLException {
        if (!hasVersionTable(connection)) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static boolean hasVersionTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(),
                Dialect.of(connection).metadataName("SCHEMA_VERSION"), new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /** The versions recorded in SCHEMA_VERSION; empty for a database without Plan Studio tables. */
    static Set<Integer> appliedVersions(Connection connection) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        if (hasVersionTable(connection)) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT VERSION FROM SCHEMA_VERSION")) {
                while (rows.next()) {
                    versions.add(rows.getInt(1));
                }
            }
        }
        return versions;
    }

    /** Brings the database to {@link #latestVersion()}, one transaction per migration. */
    static void upgrade(Connection connection, String location, String actor) throws SQLException, StoreException {
        Dialect dialect = Dialect.of(connection);
        dialect.lockMigrations(connection, true);
        try {
            upgradeLocked(connection, location, actor);
        } finally {
            dialect.lockMigrations(connection, false);
        }
    }

    private static void upgradeLocked(Connection connection, String location, String actor)
            throws SQLException, StoreException {
        Set<Integer> applied = appliedVersions(connection);
        // Reading the version opened a transaction; end it before deciding, whatever we decide.
        connection.rollback();
        int current = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (current > latestVersion()) {
            throw new StoreException(Reason.NEWER_SCHEMA, "newerSchema", location, current, latestVersion());
        }
        for (Migration migration : MIGRATIONS) {
            if (!applied.contains(migration.version())) {
                apply(connection, migration, actor);
            }
        }
    }

    private static void apply(Connection connection, Migration migration, String actor) throws SQLException {
        try {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(Dialect.of(connection).migrations() + migration.script())) {
                    statement.execute(sql);
                }
            }
            Instant now = Timestamps.now();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                Timestamps.set(insert, 3, now);
                insert.executeUpdate();
            }
            String detail = "schema version " + migration.version() + ": " + migration.description();
            if (appliedVersions(connection).contains(CHAINED_AUDIT)) {
                AuditLog.append(connection, now, actor, AuditAction.SCHEMA_MIGRATED, null, null, detail);
            } else {
                AuditLog.appendUnchained(connection, now, actor, AuditAction.SCHEMA_MIGRATED, detail);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    static List<String> statements(String script) {
        String text;
        try (InputStream in = Objects.requireNonNull(Schema.class.getResourceAsStream(script), script)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.substring(0, current.lastIndexOf(";")).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException(script + " ends without ';'");
        }
        return statements;
    }
}
