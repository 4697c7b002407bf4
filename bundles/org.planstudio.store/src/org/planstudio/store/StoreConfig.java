package org.planstudio.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a {@link PlanStore} keeps its data: an embedded Derby database in a folder (one user,
 * offline, the default), or a PostgreSQL database on a server that a team shares. The store picks
 * its connection and SQL dialect from the config, so callers do not change.
 */
public final class StoreConfig {

    /** System property that overrides the default database folder. */
    public static final String DATABASE_PROPERTY = "planstudio.db";
    /** The schema that {@code planstudio server init} creates and every client uses by default. */
    public static final String DEFAULT_SCHEMA = "planstudio";
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public enum Engine {
        /** Embedded Apache Derby in a folder: one process at a time. */
        DERBY,
        /** A PostgreSQL 15+ server shared by a team. */
        POSTGRESQL
    }

    private final Engine engine;
    private final Path databaseFolder;
    private final ServerAddress server;
    private final String user;
    private final String password;
    private final String schema;

    private StoreConfig(Engine engine, Path databaseFolder, ServerAddress server, String user, String password,
            String schema) {
        this.engine = engine;
        this.databaseFolder = databaseFolder;
        this.server = server;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    public static StoreConfig embedded(Path databaseFolder) {
        return new StoreConfig(Engine.DERBY,
                Objects.requireNonNull(databaseFolder, "databaseFolder").toAbsolutePath().normalize(), null, null,
                null, null);
    }

    /** A PostgreSQL database; the password is used for the connection and never shown. */
    public static StoreConfig postgresql(ServerAddress server, String user, String password) {
        Objects.requireNonNull(server, "server");
        if (Objects.requireNonNull(user, "user").isBlank()) {
            throw new IllegalArgumentException("a PostgreSQL user name is required");
        }
        return new StoreConfig(Engine.POSTGRESQL, null, server, user, Objects.requireNonNull(password, "password"),
                DEFAULT_SCHEMA);
    }

    /** The same server and user in another schema (lower-case letters, digits, '_'), e.g. one per test. */
    public StoreConfig withSchema(String schemaName) {
        requireServer();
        if (!SCHEMA_NAME.matcher(Objects.requireNonNull(schemaName, "schemaName")).matches()) {
            throw new IllegalArgumentException("not a plain schema name: " + schemaName);
        }
        return new StoreConfig(engine, null, server, user, password, schemaName);
    }

    /** The same server and schema with another user's credentials. */
    public StoreConfig withCredentials(String otherUser, String otherPassword) {
        requireServer();
        return postgresql(server, otherUser, otherPassword).withSchema(schema);
    }

    /**
     * {@code -Dplanstudio.db=...} if set, else {@code $XDG_DATA_HOME/planstudio/db}, else
     * {@code ~/.local/share/planstudio/db}.
     */
    public static StoreConfig defaults() {
        return embedded(defaultFolder(System.getenv(), System.getProperty(DATABASE_PROPERTY),
                System.getProperty("user.home")));
    }

    static Path defaultFolder(Map<String, String> env, String override, String userHome) {
        Optional<String> explicit = nonBlank(override);
        if (explicit.isPresent()) {
            return Path.of(explicit.get());
        }
        Path dataHome = nonBlank(env.get("XDG_DATA_HOME"))
                .map(Path::of)
                .orElseGet(() -> Path.of(Objects.requireNonNull(userHome, "user.home"), ".local", "share"));
        return dataHome.resolve("planstudio").resolve("db");
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    public Engine engine() {
        return engine;
    }

    /**
     * The embedded database's folder.
     *
     * @throws IllegalStateException for a server config (see {@link #location()} for messages)
     */
    public Path databaseFolder() {
        if (databaseFolder == null) {
            throw new IllegalStateException("a " + engine + " store has no database folder: " + this);
        }
        return databaseFolder;
    }

    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** The server password (empty for an embedded store); never put it in a message. */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    public Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    /** Where the data lives, as people should see it: the folder, or user@server/database. */
    public String location() {
        return engine == Engine.DERBY ? databaseFolder.toString()
                : user + "@" + server + (DEFAULT_SCHEMA.equals(schema) ? "" : " (schema " + schema + ")");
    }

    private void requireServer() {
        if (engine != Engine.POSTGRESQL) {
            throw new IllegalStateException("not a server config: " + this);
        }
    }

    // The password is left out: two configs that differ only in it reach the same data.
    @Override
    public boolean equals(Object other) {
        return other instanceof StoreConfig config && config.engine == engine
                && Objects.equals(config.databaseFolder, databaseFolder) && Objects.equals(config.server, server)
                && Objects.equals(config.user, user) && Objects.equals(config.schema, schema);
    }

    @Override
    public int hashCode() {
        return Objects.hash(engine, databaseFolder, server, user, schema);
    }

    @Override
    public String toString() {
        return "StoreConfig[" + (engine == Engine.DERBY ? "embedded " : "postgresql ") + location() + "]";
    }
}
