package org.planstudio.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.planstudio.store.StoreException;

/**
 * An embedded Derby database in a folder. Connections come from the driver object, not
 * {@code DriverManager}, whose caller class-loader check fails across OSGi bundles.
 *
 * <p>Several stores in one JVM may share a folder (Derby allows it within one engine); the
 * database is shut down when the last of them closes, so that closing one does not pull the
 * database from under the others.
 */
final class EmbeddedDerby implements Database {

    private static final Logger LOG = Logger.getLogger(EmbeddedDerby.class.getName());
    private static final String SHUTDOWN_OK = "08006";
    private static final Map<Path, Integer> OPEN = new HashMap<>();

    private final Path folder;
    private final Connection connection;
    private boolean closed;

    private EmbeddedDerby(Path folder, Connection connection) {
        this.folder = folder;
        this.connection = connection;
    }

    static EmbeddedDerby open(Path folder) throws StoreException {
        Objects.requireNonNull(folder, "folder");
        Path dir = folder.toAbsolutePath().normalize();
        prepareFolder(dir);
        routeDerbyLog(dir);
        synchronized (OPEN) {
            Connection connection;
            try {
                connection = new EmbeddedDriver().connect("jdbc:derby:", attributes(dir, "create", "true"));
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw SqlErrors.onOpen(dir.toString(), e);
            }
            OPEN.merge(dir, 1, Integer::sum);
            return new EmbeddedDerby(dir, connection);
        }
    }

    private static void prepareFolder(Path dir) throws StoreException {
        try {
            Files.createDirectories(dir.getParent());
            // Derby refuses to create a database in an existing directory, even an empty one.
            if (Files.isDirectory(dir) && isEmpty(dir)) {
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "ioFolder", new Object[] {dir, e.getMessage()}, e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    // Derby writes derby.log into the working directory unless told otherwise; put it beside the
    // database instead. A system property, so only if the application has not chosen already.
    private static void routeDerbyLog(Path dir) {
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dir.resolveSibling("derby.log").toString());
        }
    }

    // The folder goes in as an attribute rather than into the URL so that paths with ';' work.
    private static Properties attributes(Path dir, String key, String value) {
        Properties properties = new Properties();
        properties.setProperty("databaseName", dir.toString());
        properties.setProperty(key, value);
        return properties;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public String location() {
        return folder.toString();
    }

    @Override
    public void close() {
        synchronized (OPEN) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                connection.rollback();
                connection.close();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Closing the connection to " + folder + " failed", e);
            }
            if (OPEN.merge(folder, -1, Integer::sum) <= 0) {
                OPEN.remove(folder);
                shutdown();
            }
        }
    }

    private void shutdown() {
        try {
            new EmbeddedDriver().connect("jdbc:derby:", attributes(folder, "shutdown", "true")).close();
            LOG.warning("Derby did not confirm the shutdown of " + folder);
        } catch (SQLException e) {
            if (!SHUTDOWN_OK.equals(e.getSQLState())) {
                LOG.log(Level.WARNING, "Shutting down the database in " + folder + " failed", e);
            }
        }
    }
}
