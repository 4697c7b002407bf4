package org.planstudio.team.tests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.planstudio.store.ServerAddress;
import org.planstudio.store.StoreConfig;

/**
 * The PostgreSQL server the team tests need ({@code PLANSTUDIO_TEST_PG_URL}, {@code _USER},
 * {@code _PASSWORD}, as releng/scripts/test.sh sets them). Each test gets its own schema and its
 * own role prefix (roles are server-wide), and {@link #close()} drops both. Without a server the
 * tests fail in CI and are skipped elsewhere.
 */
final class TestServer implements AutoCloseable {

    private final StoreConfig owner;
    private final String prefix;

    TestServer() throws SQLException {
        String url = System.getenv("PLANSTUDIO_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String why = "the team tests need a PostgreSQL server: set PLANSTUDIO_TEST_PG_URL (and _USER,"
                    + " _PASSWORD), or run releng/scripts/test.sh, which starts one";
            if ("true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("PLANSTUDIO_REQUIRE_POSTGRESQL") != null) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        prefix = "t" + id;
        owner = StoreConfig.postgresql(ServerAddress.parse(url),
                Optional.ofNullable(System.getenv("PLANSTUDIO_TEST_PG_USER")).orElse("planstudio_test"),
                Optional.ofNullable(System.getenv("PLANSTUDIO_TEST_PG_PASSWORD")).orElse(""))
                .withSchema("s" + id);
    }

    /** The database owner, in this test's schema. */
    StoreConfig owner() {
        return owner;
    }

    String prefix() {
        return prefix;
    }

    /** A user name unique to this test. */
    String user(String name) {
        return prefix + "_" + name;
    }

    /** Plain JDBC as anyone, in this test's schema: what any SQL client could do with those credentials. */
    Connection connect(String user, String password) throws SQLException {
        ServerAddress address = owner.server().orElseThrow();
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("currentSchema", owner.schema().orElseThrow());
        return new org.postgresql.Driver().connect(address.jdbcUrl(), properties);
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(owner.user().orElseThrow(), owner.password().orElseThrow());
                Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + owner.schema().orElseThrow() + " CASCADE");
            List<String> roles = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE '" + prefix
                    + "\\_%' ORDER BY rolcanlogin DESC")) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
            }
            for (String role : roles) {
                sql.execute("DROP ROLE " + role);
            }
        }
    }
}
