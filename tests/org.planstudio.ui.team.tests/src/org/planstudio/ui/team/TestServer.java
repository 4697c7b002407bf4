package org.planstudio.ui.team;

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
import org.planstudio.team.ServerAdmin;
import org.planstudio.team.TeamException;
import org.planstudio.team.TeamRole;

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
    private final String prefix;
    private boolean team;

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
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        schema = "w" + id;
        prefix = "w" + id;
        execute("CREATE SCHEMA " + schema);
    }

    /** The owner's profile in this test's schema (the owner may create the store's tables there). */
    Profile profile() {
        return Profile.office(address.host(), address.port(), address.database(), schema, user, TlsMode.DISABLE, "");
    }

    /**
     * A team in this schema (server init under this test's role prefix) and a login user in it:
     * the user's profile, with the same server and schema.
     */
    Profile addUser(String name, TeamRole role, String userPassword) throws TeamException {
        ServerAdmin admin = new ServerAdmin(profile().config(password), prefix);
        if (!team) {
            admin.init();
            team = true;
        }
        String user = prefix + "_" + name;
        admin.addUser(user, role, userPassword.toCharArray(), Optional.empty());
        return profile().withUser(user);
    }

    /** Ends the sessions of the workbench's store on the server (this test user's), as a server restart would. */
    void endStoreSessions() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        try (Connection connection = new org.postgresql.Driver().connect(address.jdbcUrl(), properties);
                java.sql.PreparedStatement kill = connection.prepareStatement("SELECT count(pg_terminate_backend(a.pid))"
                        + " FROM pg_stat_activity a WHERE a.application_name = 'Plan Studio' AND a.usename = ?"
                        + " AND a.pid <> pg_backend_pid()")) {
            kill.setString(1, user);
            try (ResultSet rows = kill.executeQuery()) {
                rows.next();
                if (rows.getInt(1) < 1) {
                    throw new IllegalStateException("no store session to end");
                }
            }
        }
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
        // Roles are server-wide: this test's users first, then its group roles.
        List<String> roles = new ArrayList<>();
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        try (Connection connection = new org.postgresql.Driver().connect(address.jdbcUrl(), properties);
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE '" + prefix
                    + "\\_%' ORDER BY rolcanlogin DESC")) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
            }
            for (String role : roles) {
                statement.execute("DROP ROLE " + role);
            }
        }
    }
}
