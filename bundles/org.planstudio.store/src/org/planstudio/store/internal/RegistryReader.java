package org.planstudio.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planstudio.model.plan.RegistryKind;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/**
 * Reads the registry rows valid at one revision. Each row's content is re-fingerprinted and
 * compared with the fingerprint written with it, so damaged rows are reported, not loaded.
 */
final class RegistryReader {

    private static final String VALID_AT = " WHERE o.PLAN_ID = ? AND o.FROM_REVISION <= ?"
            + " AND (o.TO_REVISION IS NULL OR o.TO_REVISION > ?)";
    // The rows a revision closed (changed or removed), for the audit trail's old values.
    private static final String CLOSED_AT = " WHERE o.PLAN_ID = ? AND o.TO_REVISION = ? AND o.TO_REVISION = ?";

    private final Connection connection;
    private final String planId;
    private final int revision;
    private final Map<String, OpenRow> openItems = new HashMap<>();
    private final Map<String, OpenRow> openLinks = new HashMap<>();
    private final String where;

    RegistryReader(Connection connection, String planId, int revision) {
        this(connection, planId, revision, VALID_AT);
    }

    private RegistryReader(Connection connection, String planId, int revision, String where) {
        this.connection = connection;
        this.planId = planId;
        this.revision = revision;
        this.where = where;
    }

    /** Reads the rows that {@code revision} closed instead of those valid at it. */
    static RegistryReader closedAt(Connection connection, String planId, int revision) {
        return new RegistryReader(connection, planId, revision, CLOSED_AT);
    }

    List<ItemRow> items() throws SQLException, StoreException {
        String from = " FROM REGISTRY_ITEM o";
        Map<Long, List<String>> countries = ids("SELECT c.ITEM_KEY, c.COUNTRY_ID" + from
                + " JOIN REGISTRY_PARTNER_COUNTRY c ON c.ITEM_KEY = o.ITEM_KEY" + where + " ORDER BY c.ITEM_KEY, c.SEQ");
        Map<Long, List<String>> participants = ids("SELECT p.ITEM_KEY, p.ENTITY_ID" + from
                + " JOIN REGISTRY_PARTICIPANT p ON p.ITEM_KEY = o.ITEM_KEY" + where + " ORDER BY p.ITEM_KEY, p.SEQ");
        Map<Long, List<ItemRow.AttributeRow>> attributes = attributes();
        Map<Long, Map<String, TextRow>> texts = texts("ITEM_KEY", from);
        List<ItemRow> items = new ArrayList<>();
        try (PreparedStatement query = valid("SELECT o.*" + from + where + " ORDER BY o.KIND, o.POSITION");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long key = rows.getLong("ITEM_KEY");
                ItemRow row = new ItemRow(rows.getString("ITEM_ID"), RegistryKind.getByName(rows.getString("KIND")),
                        rows.getInt("POSITION"), rows.getString("ITEM_TYPE"), rows.getString("STATUS"),
                        rows.getString("HOST_ORGANIZATION_ID"), Timestamps.get(rows, "START_DATE").orElse(null),
                        Timestamps.get(rows, "END_DATE").orElse(null), rows.getString("BUDGET"),
                        rows.getString("CREDIT_CODE"), rows.getString("AFFILIATION"),
                        texts.getOrDefault(key, Map.of()), countries.getOrDefault(key, List.of()),
                        participants.getOrDefault(key, List.of()), attributes.getOrDefault(key, List.of()));
                String sha256 = rows.getString("CONTENT_SHA256");
                check(sha256, row.sha256(), "item " + row.id());
                items.add(row);
                openItems.put(row.id(), OpenRow.of(new RowVersion(key, sha256), row.position(), null, null));
            }
        }
        return items;
    }

    List<LinkRow> links() throws SQLException, StoreException {
        String from = " FROM REGISTRY_LINK o";
        Map<Long, Map<String, TextRow>> texts = texts("LINK_KEY", from);
        List<LinkRow> links = new ArrayList<>();
        try (PreparedStatement query = valid("SELECT o.*" + from + where + " ORDER BY o.POSITION");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long key = rows.getLong("LINK_KEY");
                LinkRow row = new LinkRow(rows.getString("LINK_ID"), rows.getString("KIND"),
                        rows.getString("SOURCE_ID"), rows.getString("TARGET_ID"), rows.getBoolean("SUSPECT"),
                        rows.getInt("POSITION"),
                        Optional.ofNullable(texts.getOrDefault(key, Map.of()).get(LinkRow.RATIONALE)));
                String sha256 = rows.getString("CONTENT_SHA256");
                check(sha256, row.sha256(), "link " + row.id());
                links.add(row);
                openLinks.put(row.id(), OpenRow.of(new RowVersion(key, sha256), row.position(), null, null));
            }
        }
        return links;
    }

    /** Keys, fingerprints and positions of the items read so far, by id. */
    Map<String, OpenRow> openItems() {
        return openItems;
    }

    Map<String, OpenRow> openLinks() {
        return openLinks;
    }

    private void check(String stored, String actual, String what) throws StoreException {
        if (!stored.equals(actual)) {
            throw new StoreException(Reason.DATABASE, "corruptStoredRevision", planId, revision,
                    what + ": content does not match its fingerprint");
        }
    }

    private PreparedStatement valid(String sql) throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        query.setString(1, planId);
        query.setInt(2, revision);
        query.setInt(3, revision);
        return query;
    }

    private Map<Long, List<String>> ids(String sql) throws SQLException {
        Map<Long, List<String>> ids = new HashMap<>();
        try (PreparedStatement query = valid(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return ids;
    }

    private Map<Long, List<ItemRow.AttributeRow>> attributes() throws SQLException {
        Map<Long, List<ItemRow.AttributeRow>> attributes = new HashMap<>();
        try (PreparedStatement query = valid("SELECT a.ITEM_KEY, a.ATTR_KEY, a.ATTR_VALUE FROM REGISTRY_ITEM o"
                + " JOIN REGISTRY_ATTRIBUTE a ON a.ITEM_KEY = o.ITEM_KEY" + where + " ORDER BY a.ITEM_KEY, a.SEQ");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                attributes.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                        .add(new ItemRow.AttributeRow(rows.getString(2), rows.getString(3)));
            }
        }
        return attributes;
    }

    private Map<Long, Map<String, TextRow>> texts(String keyColumn, String from) throws SQLException {
        Map<String, List<TextRow.TranslationRow>> translations = new HashMap<>();
        try (PreparedStatement query = valid("SELECT t.OWNER_KEY, t.FEATURE, t.LANGUAGE, t.TEXT, t.SOURCE_DIGEST"
                + from + " JOIN REGISTRY_TRANSLATION t ON t.OWNER_KEY = o." + keyColumn + where
                + " ORDER BY t.OWNER_KEY, t.FEATURE, t.SEQ");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                translations.computeIfAbsent(rows.getLong(1) + "/" + rows.getString(2), k -> new ArrayList<>())
                        .add(new TextRow.TranslationRow(rows.getString(3), rows.getString(4), rows.getString(5)));
            }
        }
        Map<Long, Map<String, TextRow>> texts = new HashMap<>();
        try (PreparedStatement query = valid("SELECT t.OWNER_KEY, t.FEATURE, t.ZH" + from
                + " JOIN REGISTRY_TEXT t ON t.OWNER_KEY = o." + keyColumn + where);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long key = rows.getLong(1);
                String feature = rows.getString(2);
                texts.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(feature,
                        new TextRow(rows.getString(3), translations.getOrDefault(key + "/" + feature, List.of())));
            }
        }
        return texts;
    }
}
