package org.planstudio.store.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.planstudio.store.ServerAddress;
import org.planstudio.store.StoreConfig;

/**
 * The engine the store's tests run on: embedded Derby (the default), or the PostgreSQL server named
 * by {@code -Dplanstudio.test.engine=postgresql} with {@code PLANSTUDIO_TEST_PG_URL},
 * {@code PLANSTUDIO_TEST_PG_USER} and {@code PLANSTUDIO_TEST_PG_PASSWORD} (environment or system
 * properties of the same names in lower case with dots). On the server each test folder becomes
 * its own schema, so tests that reopen "the same folder" reopen the same data, and no two tests
 * share any. Schemas are dropped when the test JVM ends and, should that not happen, by the next
 * run an hour later. Without a server URL the PostgreSQL run fails in CI and is skipped elsewhere.
 */
public final class TestStores {

    /** Tag of tests about embedded Derby itself (folders, file locks, crash recovery, old files). */
    public static final String EMBEDDED_ONLY = "embedded-only";

    private static final String ENGINE = System.getProperty("planstudio.test.engine", "derby");
    private static final String COMMENT = "planstudio test schema, created at ";
    private static final Set<String> CREATED = new LinkedHashSet<>();
    private static boolean hooked;

    private TestStores() {
    }

    public static boolean postgresql() {
        return "postgresql".equals(ENGINE);
    }

    /** The store config for a test's database "folder" on the engine under test. */
    public static StoreConfig config(Path folder) {
        if (!postgresql()) {
            return StoreConfig.embedded(folder);
        }
        StoreConfig server = server();
        String schema = schemaOf(folder);
        synchronized (CREATED) {
            if (!CREATED.contains(schema)) {
                createSchema(server, schema);
                CREATED.add(schema);
            }
        }
        return server.withSchema(schema);
    }

    /** How store messages name the database of {@code folder}. */
    public static String location(Path folder) {
        return config(folder).location();
    }

    /** The server the PostgreSQL run uses, as its owner (who may create schemas and roles). */
    public static StoreConfig server() {
        Optional<String> url = setting("PLANSTUDIO_TEST_PG_URL");
        if (url.isEmpty()) {
            String why = "the PostgreSQL run of the store tests needs a server: set PLANSTUDIO_TEST_PG_URL"
                    + " (and _USER, _PASSWORD), or run releng/scripts/test.sh, which starts one";
            if ("true".equalsIgnoreCase(System.getenv("CI")) || setting("PLANSTUDIO_REQUIRE_POSTGRESQL").isPresent()) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        return StoreConfig.postgresql(ServerAddress.parse(url.get()),
                setting("PLANSTUDIO_TEST_PG_USER").orElse("planstudio_test"),
                setting("PLANSTUDIO_TEST_PG_PASSWORD").orElse(""));
    }

    private static Optional<String> setting(String name) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        String value = property != null && !property.startsWith("${") ? property : System.getenv(name);
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    /** A plain JDBC connection as the server's test owner, in {@code schema}, autocommit on. */
    public static Connection connect(StoreConfig config) throws SQLException {
        ServerAddress address = config.server().orElseThrow();
        Properties properties = new Properties();
        properties.putAll(address.options());
        properties.setProperty("user", config.user().orElseThrow());
        properties.setProperty("password", config.password().orElse(""));
        config.schema().ifPresent(s -> properties.setProperty("currentSchema", s));
        return new org.postgresql.Driver().connect(address.jdbcUrl(), properties);
    }

    static String schemaOf(Path folder) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(folder.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "t_" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void createSchema(StoreConfig server, String schema) {
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            reapOldSchemas(connection);
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("COMMENT ON SCHEMA " + schema + " IS '" + COMMENT + System.currentTimeMillis() + "'");
            hookCleanup(server);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test schema " + schema + " on "
                    + server.location() + ": " + e.getMessage(), e);
        }
    }

    // Schemas of runs that ended without their cleanup (killed JVM); a running test is far younger.
    private static void reapOldSchemas(Connection connection) throws SQLException {
        List<String> old = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT n.nspname,"
                + " obj_description(n.oid, 'pg_namespace') FROM pg_namespace n WHERE n.nspname LIKE 't\\_%'")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String comment = rows.getString(2);
                    if (comment != null && comment.startsWith(COMMENT)
                            && Long.parseLong(comment.substring(COMMENT.length())) < System.currentTimeMillis()
                                    - 3_600_000L) {
                        old.add(rows.getString(1));
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String schema : old) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static void hookCleanup(StoreConfig server) {
        if (hooked) {
            return;
        }
        hooked = true;
        // Loaded now: when the hook runs, the OSGi framework may no longer load classes.
        Runnable drop = () -> {
            synchronized (CREATED) {
                try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
                    for (String schema : CREATED) {
                        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    }
                } catch (SQLException | RuntimeException | LinkageError e) {
                    System.err.println("test schemas left for the next run to drop: " + e);
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(drop, "drop test schemas"));
    }
}
