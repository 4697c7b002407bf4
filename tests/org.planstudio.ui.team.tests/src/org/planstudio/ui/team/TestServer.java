package org.planstudio.ui.team;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.planstudio.store.ServerAddress;

/**
 * The test PostgreSQL server ({@code PLANSTUDIO_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD},
 * from releng/scripts/test.sh) as an office profile in a schema of its own, dropped by {@link #close()}.
 * Without a server: a failure in CI, a skip elsewhere, as in the store's and team's tests.
 */
final class TestServer implements AutoCloseable {

    private final ServerAddress address;
    private final String user;
    private final String password;
    private final String schema;

    TestServer() throws SQLException {
        String url = System.getenv("PLANSTUDIO_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String why = "these tests need a PostgreSQL server: set PLANSTUDIO_TEST_PG_URL (and _USER, _PASSWORD),"
                    + " or run releng/scripts/test.sh, which starts one";
            if ("true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("PLANSTUDIO_REQUIRE_POSTGRESQL") != null) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        address = ServerAddress.parse(url);
        user = Optional.ofNullable(System.getenv("PLANSTUDIO_TEST_PG_USER")).orElse("planstudio_test");
        password = Optional.ofNullable(System.getenv("PLANSTUDIO_TEST_PG_PASSWORD")).orElse("");
        schema = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
    }

    /** The owner's profile in this test's schema (the owner may create the store's tables there). */
    Profile profile() {
        return Profile.office(address.host(), address.port(), address.database(), schema, user, TlsMode.DISABLE, "");
    }

    String password() {
        return password;
    }

    ServerAddress address() {
        return address;
    }

    private void execute(String sql) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        try (Connection connection = new org.postgresql.Driver().connect(address.jdbcUrl(), properties);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
}
