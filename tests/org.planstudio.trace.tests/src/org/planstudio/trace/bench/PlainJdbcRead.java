package org.planstudio.trace.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * (b): the rows the analysis needs, read with plain JDBC and nothing else: every current registry
 * item with its partner countries, every current registry link, and each plan's latest XMI (the
 * tasks, indicators and other links), each column touched once.
 */
final class PlainJdbcRead implements AutoCloseable {

    record Rows(long items, long countries, long links, long planBytes) {
    }

    private static final String CURRENT = " WHERE TO_REVISION IS NULL";

    private final Path folder;
    private final Connection connection;

    PlainJdbcRead(Path folder) throws SQLException {
        this.folder = folder;
        this.connection = new EmbeddedDriver().connect("jdbc:derby:", attributes(folder, "create", "false"));
        connection.setAutoCommit(false);
    }

    private static Properties attributes(Path folder, String key, String value) {
        Properties properties = new Properties();
        properties.setProperty("databaseName", folder.toAbsolutePath().toString());
        properties.setProperty(key, value);
        return properties;
    }

    Rows read() throws SQLException, IOException {
        long items = touch("SELECT ITEM_ID, KIND, ITEM_TYPE, STATUS, START_DATE, END_DATE, PLAN_ID FROM REGISTRY_ITEM"
                + CURRENT);
        long countries = touch("SELECT c.ITEM_KEY, c.COUNTRY_ID FROM REGISTRY_ITEM o JOIN REGISTRY_PARTNER_COUNTRY c"
                + " ON c.ITEM_KEY = o.ITEM_KEY WHERE o.TO_REVISION IS NULL");
        long links = touch("SELECT LINK_ID, KIND, SOURCE_ID, TARGET_ID, SUSPECT, PLAN_ID FROM REGISTRY_LINK" + CURRENT);
        long bytes = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT r.CONTENT FROM PLAN p JOIN PLAN_REVISION r"
                        + " ON r.PLAN_ID = p.PLAN_ID AND r.REVISION = p.LATEST_REVISION")) {
            while (rows.next()) {
                try (InputStream in = rows.getBinaryStream(1)) {
                    // null for a revision stored as element rows (data format 3), read below
                    bytes += in == null ? 0 : in.readAllBytes().length;
                }
            }
        }
        boolean elementRows;
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "PLAN_ELEMENT", null)) {
            elementRows = tables.next();
        }
        if (elementRows) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT ELEMENT_ID, KIND, PARENT_ID, FEATURE, POSITION,"
                            + " DATA, PLAN_ID FROM PLAN_ELEMENT" + CURRENT)) {
                while (rows.next()) {
                    for (int i = 1; i <= 5; i++) {
                        rows.getObject(i);
                    }
                    byte[] data = rows.getBytes(6);
                    bytes += data == null ? 0 : data.length;
                    rows.getObject(7);
                }
            }
        }
        connection.commit();
        return new Rows(items, countries, links, bytes);
    }

    private long touch(String sql) throws SQLException {
        long count = 0;
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getObject(i);
                }
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        try {
            new EmbeddedDriver().connect("jdbc:derby:", attributes(folder, "shutdown", "true")).close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
