package org.planstudio.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.planstudio.store.ServerAddress;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;

/**
 * A PostgreSQL database on a server, reached as one user. The connection is made through the
 * driver object (not {@code DriverManager}, whose caller class-loader check fails across OSGi
 * bundles), with the schema as {@code currentSchema} and TLS options passed through.
 */
final class PostgresDatabase implements Database {

    private static final Logger LOG = Logger.getLogger(PostgresDatabase.class.getName());

    private final String location;
    private final Connection connection;
    private boolean closed;

    private PostgresDatabase(String location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    static PostgresDatabase open(StoreConfig config) throws StoreException {
        Objects.requireNonNull(config, "config");
        ServerAddress server = config.server().orElseThrow(() -> new IllegalArgumentException(config.toString()));
        String schema = config.schema().orElse(StoreConfig.DEFAULT_SCHEMA);
        Connection connection = connect(server, config.user().orElseThrow(), config.password().orElse(""), schema,
                config.location());
        try {
            connection.setAutoCommit(false);
            ensureSchema(connection, schema);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqlErrors.onServerOpen(config.location(), e);
        }
        return new PostgresDatabase(config.location(), connection);
    }

    static Connection connect(ServerAddress server, String user, String password, String schema, String location)
            throws StoreException {
        Properties properties = new Properties();
        properties.putAll(server.options());
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("currentSchema", schema);
        properties.setProperty("ApplicationName", "Plan Studio");
        properties.setProperty("connectTimeout", "15");
        try {
            Connection connection = new org.postgresql.Driver().connect(server.jdbcUrl(), properties);
            if (connection == null) {
                throw new SQLException("the driver does not accept " + server.jdbcUrl(), "08001");
            }
            return connection;
        } catch (SQLException e) {
            throw SqlErrors.onServerOpen(location, e);
        }
    }

    // The owner of an empty database (the first run, or a test) may create the store's schema;
    // others find it made by `planstudio server init`, or are told to ask for it.
    private static void ensureSchema(Connection connection, String schema) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    connection.commit();
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        connection.commit();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing a connection that failed to open", e);
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing the connection to " + location + " failed", e);
        }
    }
}
