package org.planstudio.trace.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.emf.ecore.EReference;
import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.InnovationEntity;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.Translation;

/**
 * The yardstick for a bulk registry import: the rows the store writes for a list of registry
 * items (item, partner countries, participants, attributes, texts and translations), inserted
 * with plain JDBC batches into tables shaped like the store's, in a database of their own,
 * one transaction. No versioning, no digests, no reading back: the floor for the same data.
 */
final class PlainBatchInsert implements AutoCloseable {

    private static final String[] DDL = {
        "CREATE TABLE ITEM (ITEM_KEY BIGINT NOT NULL PRIMARY KEY, PLAN_ID VARCHAR(255) NOT NULL,"
                + " ITEM_ID VARCHAR(255) NOT NULL, KIND VARCHAR(30) NOT NULL, POSITION INT NOT NULL,"
                + " FROM_REVISION INT NOT NULL, TO_REVISION INT, ITEM_TYPE VARCHAR(255), STATUS VARCHAR(30),"
                + " HOST_ORGANIZATION_ID VARCHAR(255), START_DATE TIMESTAMP, END_DATE TIMESTAMP, BUDGET VARCHAR(100),"
                + " CREDIT_CODE VARCHAR(255), AFFILIATION VARCHAR(2000))",
        "CREATE INDEX ITEM_CURRENT ON ITEM (PLAN_ID, TO_REVISION)",
        "CREATE INDEX ITEM_ID ON ITEM (PLAN_ID, ITEM_ID)",
        "CREATE TABLE COUNTRY (ITEM_KEY BIGINT NOT NULL REFERENCES ITEM (ITEM_KEY), SEQ INT NOT NULL,"
                + " COUNTRY_ID VARCHAR(255) NOT NULL, PRIMARY KEY (ITEM_KEY, SEQ))",
        "CREATE TABLE PARTICIPANT (ITEM_KEY BIGINT NOT NULL REFERENCES ITEM (ITEM_KEY), SEQ INT NOT NULL,"
                + " ENTITY_ID VARCHAR(255) NOT NULL, PRIMARY KEY (ITEM_KEY, SEQ))",
        "CREATE TABLE ATTRIBUTE (ITEM_KEY BIGINT NOT NULL REFERENCES ITEM (ITEM_KEY), SEQ INT NOT NULL,"
                + " ATTR_KEY VARCHAR(255), ATTR_VALUE CLOB(16M), PRIMARY KEY (ITEM_KEY, SEQ))",
        "CREATE TABLE TEXT_ROW (OWNER_KEY BIGINT NOT NULL, FEATURE VARCHAR(40) NOT NULL, ZH CLOB(16M),"
                + " PRIMARY KEY (OWNER_KEY, FEATURE))",
        "CREATE TABLE TRANSLATION_ROW (OWNER_KEY BIGINT NOT NULL, FEATURE VARCHAR(40) NOT NULL, SEQ INT NOT NULL,"
                + " LANGUAGE VARCHAR(35), TEXT CLOB(16M), SOURCE_DIGEST VARCHAR(255),"
                + " PRIMARY KEY (OWNER_KEY, FEATURE, SEQ))",
    };

    private final Path folder;
    private final Connection connection;

    /** Creates the tables in a new database at {@code folder}. */
    PlainBatchInsert(Path folder) throws SQLException {
        this.folder = folder;
        Properties create = new Properties();
        create.setProperty("databaseName", folder.toAbsolutePath().toString());
        create.setProperty("create", "true");
        connection = new EmbeddedDriver().connect("jdbc:derby:", create);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : DDL) {
                statement.execute(sql);
            }
        }
        connection.commit();
    }

    /** The measured part: every row in batches, one commit. */
    int insert(String planId, List<RegistryItem> items) throws SQLException {
        insert(connection, planId, items);
        connection.commit();
        return items.size();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        Properties shutdown = new Properties();
        shutdown.setProperty("databaseName", folder.toAbsolutePath().toString());
        shutdown.setProperty("shutdown", "true");
        try {
            new EmbeddedDriver().connect("jdbc:derby:", shutdown).close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static void insert(Connection connection, String planId, List<RegistryItem> items) throws SQLException {
        try (PreparedStatement item = connection.prepareStatement("INSERT INTO ITEM VALUES"
                + " (?, ?, ?, ?, ?, 1, NULL, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement country = connection.prepareStatement("INSERT INTO COUNTRY VALUES (?, ?, ?)");
                PreparedStatement participant = connection.prepareStatement("INSERT INTO PARTICIPANT VALUES (?, ?, ?)");
                PreparedStatement attribute = connection.prepareStatement("INSERT INTO ATTRIBUTE VALUES (?, ?, ?, ?)");
                PreparedStatement text = connection.prepareStatement("INSERT INTO TEXT_ROW VALUES (?, ?, ?)");
                PreparedStatement translation = connection.prepareStatement(
                        "INSERT INTO TRANSLATION_ROW VALUES (?, ?, ?, ?, ?, ?)")) {
            long key = 0;
            int position = 0;
            for (RegistryItem r : items) {
                key++;
                item.setLong(1, key);
                item.setString(2, planId);
                item.setString(3, r.getId());
                item.setString(4, r.eClass().getName());
                item.setInt(5, position++);
                item.setString(6, r.getType());
                item.setString(7, r.getStatus() == null ? null : r.getStatus().getName());
                item.setString(8, r.getHostOrganization() == null ? null : r.getHostOrganization().getId());
                item.setTimestamp(9, r.getStartDate() == null ? null : new Timestamp(r.getStartDate().getTime()));
                item.setTimestamp(10, r.getEndDate() == null ? null : new Timestamp(r.getEndDate().getTime()));
                item.setString(11, r instanceof JointProject p && p.getBudget() != null ? p.getBudget().toString() : null);
                item.setString(12, r instanceof InnovationEntity e ? e.getCreditCode() : null);
                item.setString(13, r instanceof org.planstudio.model.plan.Expert x ? x.getAffiliation() : null);
                item.addBatch();
                int seq = 0;
                for (Country c : r.getPartnerCountries()) {
                    country.setLong(1, key);
                    country.setInt(2, seq++);
                    country.setString(3, c.getId());
                    country.addBatch();
                }
                if (r instanceof JointProject p) {
                    seq = 0;
                    for (InnovationEntity e : p.getParticipants()) {
                        participant.setLong(1, key);
                        participant.setInt(2, seq++);
                        participant.setString(3, e.getId());
                        participant.addBatch();
                    }
                }
                seq = 0;
                for (AttributeValue a : r.getAttributes()) {
                    attribute.setLong(1, key);
                    attribute.setInt(2, seq++);
                    attribute.setString(3, a.getKey());
                    attribute.setString(4, a.getValue());
                    attribute.addBatch();
                }
                for (EReference feature : r.eClass().getEAllContainments()) {
                    if (feature.getEType() == PlanPackage.Literals.LOCALIZED_TEXT && r.eGet(feature) != null) {
                        LocalizedText value = (LocalizedText) r.eGet(feature);
                        text.setLong(1, key);
                        text.setString(2, feature.getName());
                        text.setString(3, value.getZh());
                        text.addBatch();
                        seq = 0;
                        for (Translation t : value.getTranslations()) {
                            translation.setLong(1, key);
                            translation.setString(2, feature.getName());
                            translation.setInt(3, seq++);
                            translation.setString(4, t.getLanguage());
                            translation.setString(5, t.getText());
                            translation.setString(6, t.getSourceDigest());
                            translation.addBatch();
                        }
                    }
                }
            }
            item.executeBatch();
            country.executeBatch();
            participant.executeBatch();
            attribute.executeBatch();
            text.executeBatch();
            translation.executeBatch();
        }
    }
}
