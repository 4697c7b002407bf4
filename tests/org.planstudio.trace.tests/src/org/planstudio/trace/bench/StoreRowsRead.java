package org.planstudio.trace.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * The yardstick for opening a plan: every row the store keeps for one revision of one plan, read
 * with plain JDBC and each column touched once, nothing built from them. Reads whichever layout
 * the database has (the revision's XMI blob, and element rows where the schema has them), so the
 * same harness measures the store before and after element-level storage.
 */
final class StoreRowsRead implements AutoCloseable {

    private static final String VALID = " o.PLAN_ID = ? AND o.FROM_REVISION <= ?"
            + " AND (o.TO_REVISION IS NULL OR o.TO_REVISION > ?)";

    private final Path folder;
    private final Connection connection;
    private final boolean elementRows;

    StoreRowsRead(Path folder) throws SQLException {
        this.folder = folder;
        this.connection = new EmbeddedDriver().connect("jdbc:derby:", attributes(folder, "create", "false"));
        connection.setAutoCommit(false);
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "PLAN_ELEMENT", null)) {
            elementRows = tables.next();
        }
    }

    private static Properties attributes(Path folder, String key, String value) {
        Properties properties = new Properties();
        properties.setProperty("databaseName", folder.toAbsolutePath().toString());
        properties.setProperty(key, value);
        return properties;
    }

    /** Number of rows read (a blob counts as one). */
    long read(String planId, int revision) throws SQLException, IOException {
        long rows = 0;
        String items = " FROM REGISTRY_ITEM o";
        rows += touch("SELECT o.*" + items + " WHERE" + VALID, planId, revision);
        rows += touch("SELECT c.*" + items + " JOIN REGISTRY_PARTNER_COUNTRY c ON c.ITEM_KEY = o.ITEM_KEY WHERE" + VALID,
                planId, revision);
        rows += touch("SELECT c.*" + items + " JOIN REGISTRY_PARTICIPANT c ON c.ITEM_KEY = o.ITEM_KEY WHERE" + VALID,
                planId, revision);
        rows += touch("SELECT c.*" + items + " JOIN REGISTRY_ATTRIBUTE c ON c.ITEM_KEY = o.ITEM_KEY WHERE" + VALID,
                planId, revision);
        rows += touch("SELECT c.*" + items + " JOIN REGISTRY_TEXT c ON c.OWNER_KEY = o.ITEM_KEY WHERE" + VALID,
                planId, revision);
        rows += touch("SELECT c.*" + items + " JOIN REGISTRY_TRANSLATION c ON c.OWNER_KEY = o.ITEM_KEY WHERE" + VALID,
                planId, revision);
        String links = " FROM REGISTRY_LINK o";
        rows += touch("SELECT o.*" + links + " WHERE" + VALID, planId, revision);
        rows += touch("SELECT c.*" + links + " JOIN REGISTRY_TEXT c ON c.OWNER_KEY = o.LINK_KEY WHERE" + VALID,
                planId, revision);
        rows += touch("SELECT c.*" + links + " JOIN REGISTRY_TRANSLATION c ON c.OWNER_KEY = o.LINK_KEY WHERE" + VALID,
                planId, revision);
        if (elementRows) {
            rows += touch("SELECT o.*" + " FROM PLAN_ELEMENT o WHERE" + VALID, planId, revision);
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT CONTENT FROM PLAN_REVISION WHERE PLAN_ID = ? AND REVISION = ?")) {
            query.setString(1, planId);
            query.setInt(2, revision);
            try (ResultSet blob = query.executeQuery()) {
                if (blob.next()) {
                    try (InputStream in = blob.getBinaryStream(1)) {
                        if (in != null) {
                            in.readAllBytes();
                            rows++;
                        }
                    }
                }
            }
        }
        connection.commit();
        return rows;
    }

    private long touch(String sql, String planId, int revision) throws SQLException {
        long count = 0;
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, planId);
            query.setInt(2, revision);
            query.setInt(3, revision);
            try (ResultSet rows = query.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rows.getObject(i);
                    }
                    count++;
                }
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
