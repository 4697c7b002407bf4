package org.planstudio.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * Plain JDBC on a store's database (while no store has it open), to set up and inspect states: the
 * embedded Derby folder, or in the PostgreSQL run the folder's schema on the server
 * ({@link TestStores}). The name is older than the second engine.
 */
final class DirectDerby implements AutoCloseable {

    private final Path folder;
    private final Connection connection;

    DirectDerby(Path folder) throws SQLException {
        this(folder, false);
    }

    private DirectDerby(Path folder, boolean create) throws SQLException {
        this.folder = folder;
        this.connection = TestStores.postgresql() ? TestStores.connect(TestStores.config(folder))
                : new EmbeddedDriver().connect("jdbc:derby:", attributes(folder, "create", Boolean.toString(create)));
    }

    /** A new, empty database (no Plan Studio tables), e.g. to build one of an older data format. */
    static DirectDerby create(Path folder) throws SQLException {
        return new DirectDerby(folder, true);
    }

    private static Properties attributes(Path folder, String key, String value) {
        Properties properties = new Properties();
        properties.setProperty("databaseName", folder.toAbsolutePath().toString());
        properties.setProperty(key, value);
        return properties;
    }

    Connection connection() {
        return connection;
    }

    long count(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> result = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getObject(i));
                }
                result.add(row);
            }
        }
        return result;
    }

    byte[] firstBlob(String sql) throws SQLException, java.io.IOException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            try (java.io.InputStream in = rows.getBinaryStream(1)) {
                return in.readAllBytes();
            }
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Closes and shuts the database down, so that a store (or another process) can boot it. */
    @Override
    public void close() throws SQLException {
        connection.close();
        if (TestStores.postgresql()) {
            return;
        }
        try {
            new EmbeddedDriver().connect("jdbc:derby:", attributes(folder, "shutdown", "true")).close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
