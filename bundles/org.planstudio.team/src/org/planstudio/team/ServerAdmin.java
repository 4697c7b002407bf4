package org.planstudio.team;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.planstudio.store.PlanStore;
import org.planstudio.store.ServerAddress;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;

/**
 * Sets up and administers the shared PostgreSQL database: the store's schema, one group role per
 * {@link TeamRole} with its GRANTs, and users as login roles in those groups. Whoever connects
 * with a user's credentials, through Plan Studio or any SQL client, gets that role's rights and no
 * more: nobody but the schema's owner may UPDATE or DELETE anything, the audit log takes only
 * INSERTs, viewers only read. Every step is idempotent, so {@link #init()} can run again after an
 * upgrade to grant on tables a newer data format added.
 */
public final class ServerAdmin {

    /** The prefix of the group roles ({@code planstudio_viewer} ...) on a real server. */
    public static final String DEFAULT_PREFIX = "planstudio";
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** Tables no application role may change: the schema's history. */
    private static final String SCHEMA_HISTORY = "SCHEMA_VERSION";
    /** Who has which role: administrators keep it, everybody reads it. */
    private static final String MEMBERS = "TEAM_MEMBER";

    private final StoreConfig config;
    private final String prefix;
    private final String schema;

    /** @param config the server, schema and the credentials of the database's owner (or of a team admin) */
    public ServerAdmin(StoreConfig config, String prefix) {
        this.config = Objects.requireNonNull(config, "config");
        if (config.engine() != StoreConfig.Engine.POSTGRESQL) {
            throw new IllegalArgumentException("team administration needs a PostgreSQL server: " + config);
        }
        this.prefix = requireName(Objects.requireNonNull(prefix, "prefix"));
        this.schema = config.schema().orElse(StoreConfig.DEFAULT_SCHEMA);
    }

    public String roleName(TeamRole role) {
        return role.roleName(prefix);
    }

    /** Creates (or brings up to date) the store's tables, the group roles and their GRANTs. */
    public void init() throws TeamException {
        try (PlanStore store = PlanStore.open(config)) {
            // Opening creates the schema and runs the store's migrations as the owner.
        } catch (StoreException e) {
            throw new TeamException("storeFailed", new Object[] {config.location(), e.getMessage()}, e);
        }
        run(connection -> {
            try (Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE IF NOT EXISTS TEAM_MEMBER (USER_NAME VARCHAR(63) NOT NULL PRIMARY KEY,"
                        + " TEAM_ROLE VARCHAR(30) NOT NULL, DIVISION_ID VARCHAR(255))");
                for (TeamRole role : TeamRole.values()) {
                    if (!roleExists(connection, roleName(role))) {
                        sql.execute("CREATE ROLE " + roleName(role) + " NOLOGIN");
                    }
                }
                sql.execute("REVOKE ALL ON SCHEMA " + schema + " FROM PUBLIC");
                sql.execute("REVOKE ALL ON ALL TABLES IN SCHEMA " + schema + " FROM PUBLIC");
                for (TeamRole role : TeamRole.values()) {
                    String name = roleName(role);
                    sql.execute("REVOKE ALL ON ALL TABLES IN SCHEMA " + schema + " FROM " + name);
                    sql.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + name);
                    sql.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + name);
                    if (role == TeamRole.PLAN_EDITOR || role == TeamRole.ADMIN) {
                        sql.execute("GRANT INSERT, UPDATE ON ALL TABLES IN SCHEMA " + schema + " TO " + name);
                        sql.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + name);
                        // Append-only: a change and its audit entry are written together, never rewritten.
                        sql.execute("REVOKE UPDATE ON " + schema + ".AUDIT_LOG FROM " + name);
                        sql.execute("REVOKE UPDATE ON " + schema + ".AUDIT_FIELD FROM " + name);
                        sql.execute("REVOKE INSERT, UPDATE ON " + schema + "." + SCHEMA_HISTORY + " FROM " + name);
                        sql.execute((role == TeamRole.ADMIN ? "GRANT INSERT, UPDATE, DELETE ON " : "REVOKE INSERT, UPDATE ON ")
                                + schema + "." + MEMBERS + (role == TeamRole.ADMIN ? " TO " : " FROM ") + name);
                    }
                    if (role == TeamRole.DIVISION_EDITOR) {
                        grantDivisionEditor(sql, name);
                    }
                }
            }
            return null;
        });
    }

    /**
     * What a division editor's save writes: new rows everywhere (the row-level security policies of
     * data format 6 decide which), an update of PLAN that moves the latest revision on (a trigger
     * refuses anything else), the closing of old row versions (TO_REVISION only) and the audit head.
     * No plan, baseline, member or schema history is theirs to insert.
     */
    private void grantDivisionEditor(Statement sql, String name) throws SQLException {
        sql.execute("GRANT INSERT ON ALL TABLES IN SCHEMA " + schema + " TO " + name);
        sql.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + name);
        sql.execute("REVOKE INSERT ON " + schema + ".PLAN, " + schema + ".BASELINE, " + schema + "."
                + SCHEMA_HISTORY + ", " + schema + "." + MEMBERS + " FROM " + name);
        sql.execute("GRANT UPDATE (LATEST_REVISION, TITLE_ZH, TITLE_EN, UPDATED_AT) ON " + schema + ".PLAN TO " + name);
        for (String versioned : List.of("PLAN_ELEMENT", "REGISTRY_ITEM", "REGISTRY_LINK")) {
            sql.execute("GRANT UPDATE (TO_REVISION) ON " + schema + "." + versioned + " TO " + name);
        }
        sql.execute("GRANT UPDATE ON " + schema + ".AUDIT_HEAD TO " + name);
    }

    /**
     * Adds a user who signs in with {@code password}. The password is sent to the server already
     * hashed (SCRAM), so it is neither in the statement text nor in the server's log.
     *
     * @param division the organisation id a division editor works for (required for that role only)
     */
    public void addUser(String user, TeamRole role, char[] password, Optional<String> division)
            throws TeamException {
        requireName(Objects.requireNonNull(user, "user"));
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(password, "password");
        checkDivision(role, division);
        if (password.length == 0) {
            throw new TeamException("emptyPassword", user);
        }
        run(connection -> {
            requireInitialised(connection);
            if (roleExists(connection, user)) {
                throw new TeamException("userExists", user);
            }
            try (Statement sql = connection.createStatement()) {
                sql.execute("CREATE ROLE " + user + " LOGIN" + (role == TeamRole.ADMIN ? " CREATEROLE" : ""));
            }
            connection.unwrap(org.postgresql.PGConnection.class).alterUserPassword(user, password, null);
            assign(connection, user, role, division);
            return null;
        });
    }

    /** Gives an existing user another role (and division), replacing the one they had. */
    public void grant(String user, TeamRole role, Optional<String> division) throws TeamException {
        requireName(Objects.requireNonNull(user, "user"));
        checkDivision(Objects.requireNonNull(role, "role"), division);
        run(connection -> {
            requireInitialised(connection);
            if (!roleExists(connection, user)) {
                throw new TeamException("unknownUser", user);
            }
            try (Statement sql = connection.createStatement()) {
                for (TeamRole other : TeamRole.values()) {
                    sql.execute("REVOKE " + roleName(other) + " FROM " + user);
                }
            }
            assign(connection, user, role, division);
            return null;
        });
    }

    private void assign(Connection connection, String user, TeamRole role, Optional<String> division)
            throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("GRANT " + roleName(role) + " TO " + user);
            if (role == TeamRole.ADMIN) {
                // An administrator adds users and hands out every role.
                for (TeamRole each : TeamRole.values()) {
                    sql.execute("GRANT " + roleName(each) + " TO " + user + " WITH ADMIN OPTION");
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM TEAM_MEMBER WHERE USER_NAME = ?")) {
            delete.setString(1, user);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO TEAM_MEMBER (USER_NAME, TEAM_ROLE, DIVISION_ID) VALUES (?, ?, ?)")) {
            insert.setString(1, user);
            insert.setString(2, role.name());
            insert.setString(3, division.orElse(null));
            insert.executeUpdate();
        }
    }

    public ServerStatus status() throws TeamException {
        return run(connection -> {
            String version;
            try (Statement sql = connection.createStatement();
                    ResultSet rows = sql.executeQuery("SHOW server_version")) {
                rows.next();
                version = rows.getString(1);
            }
            if (!tableExists(connection, "schema_version")) {
                return new ServerStatus(version, schema, Optional.empty(), 0, List.of());
            }
            int format = single(connection, "SELECT MAX(VERSION) FROM SCHEMA_VERSION");
            int plans = single(connection, "SELECT COUNT(*) FROM PLAN WHERE DELETED_AT IS NULL");
            List<ServerStatus.Member> members = new ArrayList<>();
            if (tableExists(connection, "team_member")) {
                try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(
                        "SELECT USER_NAME, TEAM_ROLE, DIVISION_ID FROM TEAM_MEMBER ORDER BY USER_NAME")) {
                    while (rows.next()) {
                        members.add(new ServerStatus.Member(rows.getString(1), TeamRole.valueOf(rows.getString(2)),
                                Optional.ofNullable(rows.getString(3))));
                    }
                }
            }
            return new ServerStatus(version, schema, Optional.of(format), plans, members);
        });
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException, TeamException;
    }

    private <T> T run(Work<T> work) throws TeamException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | TeamException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new TeamException("notAllowed", new Object[] {config.user().orElse("?"), e.getMessage()}, e);
            }
            if ("28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())) {
                throw new TeamException("signInRefused", new Object[] {config.location(), e.getMessage()}, e);
            }
            throw new TeamException("databaseFailed", new Object[] {config.location(), e.getMessage()}, e);
        }
    }

    private Connection connect() throws SQLException {
        ServerAddress server = config.server().orElseThrow();
        Properties properties = new Properties();
        properties.putAll(server.options());
        properties.setProperty("user", config.user().orElseThrow());
        properties.setProperty("password", config.password().orElse(""));
        properties.setProperty("currentSchema", schema);
        properties.setProperty("ApplicationName", "Plan Studio administration");
        Connection connection = new org.postgresql.Driver().connect(server.jdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException("the driver does not accept " + server.jdbcUrl(), "08001");
        }
        return connection;
    }

    private void requireInitialised(Connection connection) throws SQLException, TeamException {
        if (!tableExists(connection, "team_member") || !roleExists(connection, roleName(TeamRole.VIEWER))) {
            throw new TeamException("notInitialised", config.location());
        }
    }

    private static void checkDivision(TeamRole role, Optional<String> division) throws TeamException {
        Objects.requireNonNull(division, "division");
        if (role == TeamRole.DIVISION_EDITOR && division.filter(d -> !d.isBlank()).isEmpty()) {
            throw new TeamException("divisionRequired");
        }
        if (role != TeamRole.DIVISION_EDITOR && division.isPresent()) {
            throw new TeamException("divisionOnlyForDivisionEditors", role.label());
        }
    }

    private static boolean roleExists(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static int single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a user or role name is lower-case letters, digits and '_',"
                    + " starting with a letter or '_', at most 63 characters: " + name);
        }
        return name;
    }
}
