package org.planstudio.store.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planstudio.store.BaselineInfo;
import org.planstudio.store.DeletedPlanInfo;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/** The PLAN, PLAN_REVISION and BASELINE tables. PLAN rows marked deleted keep all their revisions. */
final class Revisions {

    /** A revision's plan elements: its XMI and fingerprint, or empty for one stored as element rows. */
    record Content(Optional<byte[]> xmi, String sha256) {
    }

    static final String STORED_AS_XMI = "X";
    static final String STORED_AS_ROWS = "E";

    private final Connection connection;

    Revisions(Connection connection) {
        this.connection = connection;
    }

    /** Plans not marked deleted. */
    List<PlanInfo> plans(Optional<String> planId) throws SQLException {
        String sql = "SELECT PLAN_ID, TITLE_ZH, TITLE_EN, LATEST_REVISION, UPDATED_AT FROM PLAN"
                + " WHERE DELETED_AT IS NULL" + (planId.isPresent() ? " AND PLAN_ID = ?" : "") + " ORDER BY PLAN_ID";
        List<PlanInfo> plans = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (planId.isPresent()) {
                query.setString(1, planId.get());
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    plans.add(planInfo(rows));
                }
            }
        }
        return plans;
    }

    private static PlanInfo planInfo(ResultSet rows) throws SQLException {
        return new PlanInfo(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                Timestamps.require(rows, "UPDATED_AT"));
    }

    /** Plans marked deleted, most recently deleted first. */
    List<DeletedPlanInfo> deletedPlans(Optional<String> planId) throws SQLException {
        String sql = "SELECT PLAN_ID, TITLE_ZH, TITLE_EN, LATEST_REVISION, UPDATED_AT, DELETED_AT, DELETED_BY"
                + " FROM PLAN WHERE DELETED_AT IS NOT NULL" + (planId.isPresent() ? " AND PLAN_ID = ?" : "")
                + " ORDER BY DELETED_AT DESC, PLAN_ID";
        List<DeletedPlanInfo> plans = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (planId.isPresent()) {
                query.setString(1, planId.get());
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    plans.add(new DeletedPlanInfo(planInfo(rows), Timestamps.require(rows, "DELETED_AT"),
                            rows.getString(7)));
                }
            }
        }
        return plans;
    }

    void markDeleted(String planId, Instant now, String actor) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE PLAN SET DELETED_AT = ?, DELETED_BY = ? WHERE PLAN_ID = ? AND DELETED_AT IS NULL")) {
            Timestamps.set(update, 1, now);
            update.setString(2, Columns.fit(actor, 255));
            update.setString(3, planId);
            update.executeUpdate();
        }
    }

    void markRestored(String planId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE PLAN SET DELETED_AT = NULL, DELETED_BY = NULL WHERE PLAN_ID = ?")) {
            update.setString(1, planId);
            update.executeUpdate();
        }
    }

    /** Revisions of a plan, oldest first; {@code revision} 0 means all. */
    List<RevisionInfo> revisions(String planId, int revision) throws SQLException {
        Map<Integer, List<String>> baselines = new HashMap<>();
        for (BaselineInfo baseline : baselines(planId)) {
            baselines.computeIfAbsent(baseline.revision(), r -> new ArrayList<>()).add(baseline.name());
        }
        List<RevisionInfo> revisions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT REVISION, SAVED_AT, AUTHOR, MESSAGE"
                + " FROM PLAN_REVISION WHERE PLAN_ID = ?" + (revision > 0 ? " AND REVISION = ?" : "")
                + " ORDER BY REVISION")) {
            query.setString(1, planId);
            if (revision > 0) {
                query.setInt(2, revision);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int number = rows.getInt(1);
                    revisions.add(new RevisionInfo(planId, number, Timestamps.require(rows, "SAVED_AT"),
                            rows.getString(3), rows.getString(4), baselines.getOrDefault(number, List.of())));
                }
            }
        }
        return revisions;
    }

    /**
     * The newest revision of a plan that is not marked deleted, by one join on two primary keys and
     * without its baselines: the editors ask this every few seconds for every open plan.
     */
    Optional<RevisionInfo> latestInfo(String planId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT R.REVISION, R.SAVED_AT, R.AUTHOR, R.MESSAGE"
                + " FROM PLAN P JOIN PLAN_REVISION R ON R.PLAN_ID = P.PLAN_ID AND R.REVISION = P.LATEST_REVISION"
                + " WHERE P.PLAN_ID = ? AND P.DELETED_AT IS NULL")) {
            query.setString(1, planId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new RevisionInfo(planId, rows.getInt(1),
                        Timestamps.require(rows, "SAVED_AT"), rows.getString(3), rows.getString(4), List.of()))
                        : Optional.empty();
            }
        }
    }

    Optional<RevisionInfo> revision(String planId, int revision) throws SQLException {
        return revisions(planId, revision).stream().findFirst();
    }

    /** NOT_FOUND naming the plan if it does not exist, else the revision. */
    StoreException notFound(String planId, int revision) {
        try {
            return latest(planId).isPresent()
                    ? new StoreException(Reason.NOT_FOUND, "revisionNotFound", planId, revision)
                    : new StoreException(Reason.NOT_FOUND, "planNotFound", planId);
        } catch (SQLException e) {
            return new StoreException(Reason.NOT_FOUND, "revisionNotFound", new Object[] {planId, revision}, e);
        }
    }

    Optional<Integer> latest(String planId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT LATEST_REVISION FROM PLAN WHERE PLAN_ID = ?")) {
            query.setString(1, planId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
            }
        }
    }

    Optional<Content> content(String planId, int revision) throws SQLException, IOException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT STORAGE, CONTENT, CONTENT_SHA256 FROM PLAN_REVISION WHERE PLAN_ID = ? AND REVISION = ?")) {
            query.setString(1, planId);
            query.setInt(2, revision);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                if (STORED_AS_ROWS.equals(rows.getString(1))) {
                    return Optional.of(new Content(Optional.empty(), null));
                }
                try (InputStream in = rows.getBinaryStream(2)) {
                    return Optional.of(new Content(Optional.of(in.readAllBytes()), rows.getString(3)));
                }
            }
        }
    }

    /**
     * Inserts the PLAN row. A failure (another store created the plan first) rolls back only this
     * insert: PostgreSQL refuses every further statement of a transaction after an error, and the
     * caller still reads the winner's revision to report the conflict.
     */
    void createPlan(String planId, String titleZh, String titleEn, Instant now) throws SQLException {
        Savepoint beforeInsert = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PLAN (PLAN_ID, TITLE_ZH, TITLE_EN,"
                + " LATEST_REVISION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, 1, ?, ?)")) {
            insert.setString(1, planId);
            insert.setString(2, Columns.fit(titleZh, 2000));
            insert.setString(3, Columns.fit(titleEn, 2000));
            Timestamps.set(insert, 4, now);
            Timestamps.set(insert, 5, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            connection.rollback(beforeInsert);
            throw e;
        }
        connection.releaseSavepoint(beforeInsert);
    }

    /**
     * Moves the plan from {@code base} to {@code base + 1}. The conditional update is the
     * optimistic lock: it takes the row's write lock, so of two concurrent saves from the same
     * base exactly one sees its base still current.
     */
    boolean advance(String planId, int base, String titleZh, String titleEn, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE PLAN SET LATEST_REVISION = ?,"
                + " TITLE_ZH = ?, TITLE_EN = ?, UPDATED_AT = ? WHERE PLAN_ID = ? AND LATEST_REVISION = ?")) {
            update.setInt(1, base + 1);
            update.setString(2, Columns.fit(titleZh, 2000));
            update.setString(3, Columns.fit(titleEn, 2000));
            Timestamps.set(update, 4, now);
            update.setString(5, planId);
            update.setInt(6, base);
            return update.executeUpdate() == 1;
        }
    }

    /** {@code xmi} empty: the revision's elements are rows of PLAN_ELEMENT. */
    void insertRevision(String planId, int revision, Instant now, String author, String message,
            Optional<byte[]> xmi) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PLAN_REVISION (PLAN_ID, REVISION,"
                + " SAVED_AT, AUTHOR, MESSAGE, CONTENT, CONTENT_SHA256, STORAGE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, planId);
            insert.setInt(2, revision);
            Timestamps.set(insert, 3, now);
            insert.setString(4, Columns.fit(author, 255));
            insert.setString(5, Columns.fit(message, 4000));
            if (xmi.isPresent()) {
                insert.setBinaryStream(6, new ByteArrayInputStream(xmi.get()), xmi.get().length);
                insert.setString(7, Fingerprint.of(xmi.get()));
                insert.setString(8, STORED_AS_XMI);
            } else {
                insert.setNull(6, Dialect.of(connection).binaryNullType());
                insert.setNull(7, Types.CHAR);
                insert.setString(8, STORED_AS_ROWS);
            }
            insert.executeUpdate();
        }
    }

    List<BaselineInfo> baselines(String planId) throws SQLException {
        List<BaselineInfo> baselines = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT NAME, REVISION, CREATED_AT, AUTHOR"
                + " FROM BASELINE WHERE PLAN_ID = ? ORDER BY CREATED_AT, NAME")) {
            query.setString(1, planId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    baselines.add(new BaselineInfo(planId, rows.getString(1), rows.getInt(2),
                            Timestamps.require(rows, "CREATED_AT"), rows.getString(4)));
                }
            }
        }
        return baselines;
    }

    void insertBaseline(BaselineInfo baseline) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO BASELINE (PLAN_ID, NAME, REVISION, CREATED_AT, AUTHOR) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, baseline.planId());
            insert.setString(2, baseline.name());
            insert.setInt(3, baseline.revision());
            Timestamps.set(insert, 4, baseline.createdAt());
            insert.setString(5, Columns.fit(baseline.author(), 255));
            insert.executeUpdate();
        }
    }
}
