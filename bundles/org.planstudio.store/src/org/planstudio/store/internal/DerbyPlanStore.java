package org.planstudio.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.merge.Side;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.store.AuditAction;
import org.planstudio.store.AuditEntry;
import org.planstudio.store.AuditVerification;
import org.planstudio.store.FieldChange;
import org.planstudio.store.HistoryQuery;
import org.planstudio.store.BaselineInfo;
import org.planstudio.store.DeletedPlanInfo;
import org.planstudio.store.ConflictPolicy;
import org.planstudio.store.ImportResult;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanPermissions;
import org.planstudio.store.PlanStore;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.SaveResult;
import org.planstudio.store.SaveSnapshot;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;
import org.planstudio.store.StoredPlan;

/**
 * The implementation of {@link PlanStore}, on embedded Derby or on PostgreSQL (the name predates
 * the second engine; see {@link Dialect}). One connection, used under this object's lock; every
 * operation is one transaction, committed at its end and rolled back on any failure. A deadlock or
 * serialization failure (on a shared server) runs the transaction again, a few times.
 */
public final class DerbyPlanStore implements PlanStore {

    private static final Logger LOG = Logger.getLogger(DerbyPlanStore.class.getName());
    /** Attempts of a transaction that the database ended with a deadlock or serialization failure. */
    private static final int RETRIES = 3;

    private interface Work<T> {
        T run(Connection connection) throws SQLException, StoreException, IOException;
    }

    /** A transaction the database gave up on (deadlock, serialization failure), already rolled back. */
    private static final class RetryableException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SQLException cause;

        RetryableException(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private final StoreConfig config;
    private final Database database;
    private SaveHook saveHook = SaveHook.NONE;
    private boolean closed;
    private long incrementalSaves;

    private DerbyPlanStore(StoreConfig config, Database database) {
        this.config = config;
        this.database = database;
    }

    public static DerbyPlanStore open(StoreConfig config) throws StoreException {
        Objects.requireNonNull(config, "config");
        Database database = Database.open(config);
        try {
            Schema.upgrade(database.connection(), database.location(),
                    config.user().orElse(System.getProperty("user.name", "?")));
        } catch (SQLException e) {
            database.close();
            throw SqlErrors.general(database.location(), e);
        } catch (StoreException | RuntimeException e) {
            database.close();
            throw e;
        }
        return new DerbyPlanStore(config, database);
    }

    public synchronized void setSaveHook(SaveHook hook) {
        this.saveHook = Objects.requireNonNull(hook, "hook");
    }

    @Override
    public StoreConfig config() {
        return config;
    }

    @Override
    public List<PlanInfo> listPlans() throws StoreException {
        return transaction(c -> new Revisions(c).plans(Optional.empty()));
    }

    @Override
    public Optional<PlanInfo> planInfo(String planId) throws StoreException {
        Objects.requireNonNull(planId, "planId");
        return transaction(c -> new Revisions(c).plans(Optional.of(planId)).stream().findFirst());
    }

    @Override
    public List<DeletedPlanInfo> listDeletedPlans() throws StoreException {
        return transaction(c -> new Revisions(c).deletedPlans(Optional.empty()));
    }

    @Override
    public DeletedPlanInfo deletePlan(String planId, String actor) throws StoreException {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(actor, "actor");
        return transaction(c -> {
            Revisions revisions = new Revisions(c);
            PlanInfo live = revisions.plans(Optional.of(planId)).stream().findFirst()
                    .orElseThrow(() -> notLive(revisions, planId));
            Instant now = Timestamps.now();
            revisions.markDeleted(planId, now, actor);
            AuditLog.append(c, now, actor, AuditAction.PLAN_DELETED, planId, live.latestRevision(),
                    "deleted (revisions kept): " + live.titleZh(), deletedFlag(planId, live.titleZh(), true));
            return revisions.deletedPlans(Optional.of(planId)).get(0);
        });
    }

    private static StoreException notLive(Revisions revisions, String planId) {
        try {
            return revisions.deletedPlans(Optional.of(planId)).isEmpty()
                    ? new StoreException(Reason.NOT_FOUND, "planNotFound", planId)
                    : new StoreException(Reason.NOT_FOUND, "planAlreadyDeleted", planId);
        } catch (SQLException e) {
            return new StoreException(Reason.NOT_FOUND, "planNotFound", new Object[] {planId}, e);
        }
    }

    @Override
    public PlanInfo restorePlan(String planId, String actor) throws StoreException {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(actor, "actor");
        return transaction(c -> {
            Revisions revisions = new Revisions(c);
            DeletedPlanInfo deleted = revisions.deletedPlans(Optional.of(planId)).stream().findFirst()
                    .orElseThrow(() -> new StoreException(Reason.NOT_FOUND, "planNotDeleted", planId));
            revisions.markRestored(planId);
            AuditLog.append(c, Timestamps.now(), actor, AuditAction.PLAN_RESTORED, planId,
                    deleted.plan().latestRevision(), "restored: " + deleted.plan().titleZh(),
                    deletedFlag(planId, deleted.plan().titleZh(), false));
            return revisions.plans(Optional.of(planId)).get(0);
        });
    }

    @Override
    public Optional<StoredPlan> loadLatest(String planId) throws StoreException {
        Objects.requireNonNull(planId, "planId");
        Optional<RevisionLoader.Rows> rows = transaction(c -> {
            Optional<Integer> latest = new Revisions(c).latest(planId);
            return latest.isEmpty() ? Optional.empty() : Optional.of(RevisionLoader.read(c, planId, latest.get()));
        });
        return rows.isEmpty() ? Optional.empty() : Optional.of(tracked(rows.get()));
    }

    @Override
    public StoredPlan load(String planId, int revision) throws StoreException {
        return tracked(read(planId, revision));
    }

    /** A revision for the store's own use (merges, exports): no change tracker, which would only cost. */
    StoredPlan loadUntracked(String planId, int revision) throws StoreException {
        return read(planId, revision).assemble();
    }

    private RevisionLoader.Rows read(String planId, int revision) throws StoreException {
        Objects.requireNonNull(planId, "planId");
        return transaction(c -> RevisionLoader.read(c, planId, revision));
    }

    // A plan handed out is watched from now on, so that saving it writes only what changed in it.
    private StoredPlan tracked(RevisionLoader.Rows rows) throws StoreException {
        StoredPlan stored = rows.assemble();
        if (rows.open().isPresent()) {
            ChangeTracker.attach(stored.plan(), this, stored.revision().revision(), rows.open().get());
        }
        return stored;
    }

    @Override
    public int save(Plan plan, int expectedBaseRevision, String author, String message) throws StoreException {
        Objects.requireNonNull(message, "message");
        AuditAction action = expectedBaseRevision == 0 ? AuditAction.PLAN_CREATED : AuditAction.REVISION_SAVED;
        return saveAudited(plan, expectedBaseRevision, author, message, action, message);
    }

    /**
     * The strict save, with the audit entry's action and detail chosen by the caller (merges, imports).
     * A plan this store handed out (and tracks) is saved from its changes alone when they can be
     * told exactly; otherwise, and for any other plan, from the whole plan.
     */
    int saveAudited(Plan plan, int expectedBaseRevision, String author, String message, AuditAction action,
            String detail) throws StoreException {
        try {
            return saveAuditedAs(plan, expectedBaseRevision, author, message, action, detail);
        } catch (StoreException e) {
            // The database refused a row: say which element of the plan the user's role does not allow.
            throw e.reason() == Reason.PERMISSION_DENIED ? PermissionRefusal.explain(this, plan, e) : e;
        }
    }

    private int saveAuditedAs(Plan plan, int expectedBaseRevision, String author, String message,
            AuditAction action, String detail) throws StoreException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(message, "message");
        requireBase(expectedBaseRevision);
        requireOpen();
        Optional<ChangeTracker> tracker = ChangeTracker.of(plan, this);
        if (tracker.isEmpty()) {
            return writeFull(Optional.empty(), plan, 0, expectedBaseRevision, author, message, action, detail);
        }
        // Held through the save: marks made meanwhile (from another thread) wait, and are kept.
        synchronized (tracker.get()) {
            Optional<ChangeTracker.Changes> changes = tracker.get().changes(expectedBaseRevision);
            Optional<ChangedRows.Delta> delta = changes.flatMap(c -> ChangedRows.of(plan, c));
            if (delta.isPresent()) {
                return writeDelta(tracker.get(), changes.get().open(), delta.get(), expectedBaseRevision, author,
                        message, action, detail);
            }
            return writeFull(tracker, plan, tracker.get().mark(), expectedBaseRevision, author, message, action,
                    detail);
        }
    }

    @Override
    public PlanPermissions permissions(String planId) throws StoreException {
        Objects.requireNonNull(planId, "planId");
        Membership membership = transaction(Membership::of);
        return switch (membership.scope()) {
            case EVERYTHING -> PlanPermissions.everything();
            case NOTHING -> PlanPermissions.nothing();
            case DIVISION -> PlanPermissions.division(loadLatest(planId).map(StoredPlan::plan)
                    .orElseGet(PlanFactory.eINSTANCE::createPlan), membership.division().orElseThrow());
        };
    }

    private static void requireBase(int base) {
        if (base < 0) {
            throw new IllegalArgumentException("expectedBaseRevision < 0: " + base);
        }
    }

    private int writeDelta(ChangeTracker tracker, OpenRows from, ChangedRows.Delta delta, int base, String author,
            String message, AuditAction action, String detail) throws StoreException {
        RevisionSaver.Saved saved = transaction(c -> new RevisionSaver(c, saveHook).saveChanges(delta, base, author,
                message, action, detail));
        try {
            if (tracker.applied(base, from, saved.revision(), delta, saved.keys())) {
                countIncremental();
            } else {
                // Saved meanwhile by other means: the delta's starting rows are gone; a full save mends it.
                tracker.invalidate(saved.revision());
            }
        } catch (RuntimeException e) {
            // The revision is committed; only the tracker is in doubt, and a full save mends it.
            tracker.invalidate(saved.revision());
            LOG.log(Level.WARNING, "Change tracking of plan " + delta.planId() + " reset", e);
        }
        return saved.revision();
    }

    /** A save of the whole plan; a tracker, if given, then stands for the plan as of its mark {@code upTo}. */
    private int writeFull(Optional<ChangeTracker> tracker, Plan plan, long upTo, int base, String author,
            String message, AuditAction action, String detail) throws StoreException {
        SplitPlan split = PlanSplitter.split(plan);
        RevisionSaver.Saved saved = transaction(c -> new RevisionSaver(c, saveHook).save(split, base, author, message,
                action, detail));
        if (tracker.isPresent() && split.xmi().isPresent()) {
            tracker.get().invalidate(saved.revision());
        } else if (tracker.isPresent()) {
            tracker.get().rebased(saved.revision(),
                    OpenRows.of(split, saved.elements(), saved.registry().items(), saved.registry().links()), upTo);
        }
        return saved.revision();
    }

    private synchronized void countIncremental() {
        incrementalSaves++;
    }

    /**
     * Takes what a save of {@code plan} will write, on the thread that edits it: the rows its tracked
     * changes touched, worked out now (no database work, and no lock the store's transactions hold);
     * if those cannot be told exactly, a full snapshot ({@link #prepareFullSave}).
     */
    @Override
    public SaveSnapshot prepareSave(Plan plan, int baseRevision) {
        Objects.requireNonNull(plan, "plan");
        requireBase(baseRevision);
        Optional<ChangeTracker> tracker = ChangeTracker.of(plan, this);
        if (tracker.isPresent()) {
            synchronized (tracker.get()) {
                Optional<ChangeTracker.Changes> changes = tracker.get().changes(baseRevision);
                Optional<ChangedRows.Delta> delta = changes.flatMap(c -> ChangedRows.of(plan, c));
                if (delta.isPresent()) {
                    return PreparedSave.incremental(this, baseRevision, tracker.get(), delta.get(),
                            changes.get().open());
                }
            }
        }
        return prepareFullSave(plan, baseRevision);
    }

    /**
     * A copy of the whole plan, with the plan's tracker's mark (a plan this store did not hand out
     * gets a tracker now), so that the save of the copy brings the tracker up to date and the saves
     * after it write only what changed.
     */
    @Override
    public SaveSnapshot prepareFullSave(Plan plan, int baseRevision) {
        Objects.requireNonNull(plan, "plan");
        requireBase(baseRevision);
        ChangeTracker tracker = ChangeTracker.of(plan, this)
                .orElseGet(() -> ChangeTracker.attachUnsynced(plan, this, baseRevision));
        synchronized (tracker) {
            return PreparedSave.full(this, baseRevision, tracker, EcoreUtil.copy(plan), tracker.mark());
        }
    }

    @Override
    public int save(SaveSnapshot snapshot, String author, String message) throws StoreException {
        Objects.requireNonNull(message, "message");
        PreparedSave prepared = PreparedSave.of(snapshot, this);
        AuditAction action = prepared.baseRevision() == 0 ? AuditAction.PLAN_CREATED : AuditAction.REVISION_SAVED;
        return saveAudited(prepared, author, message, action, message);
    }

    /** The strict save of a snapshot; on failure it stays unwritten, and its plan's marks stay. */
    int saveAudited(PreparedSave snapshot, String author, String message, AuditAction action, String detail)
            throws StoreException {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(message, "message");
        requireOpen();
        snapshot.claim();
        boolean written = false;
        try {
            int saved = writeSnapshot(snapshot, author, message, action, detail);
            written = true;
            return saved;
        } catch (StoreException e) {
            if (e.reason() != Reason.PERMISSION_DENIED) {
                throw e;
            }
            // The database refused a row: say which element of the plan the user's role does not allow.
            throw snapshot.delta().isPresent() ? PermissionRefusal.explain(this, snapshot.delta().get(), e)
                    : PermissionRefusal.explain(this, snapshot.plan().orElseThrow(), e);
        } finally {
            if (!written) {
                snapshot.release();
            }
        }
    }

    private int writeSnapshot(PreparedSave snapshot, String author, String message, AuditAction action,
            String detail) throws StoreException {
        int base = snapshot.baseRevision();
        return snapshot.delta().isPresent()
                ? writeDelta(snapshot.tracker(), snapshot.open().orElseThrow(), snapshot.delta().get(), base, author,
                        message, action, detail)
                : writeFull(Optional.of(snapshot.tracker()), snapshot.plan().orElseThrow(), snapshot.upTo(), base,
                        author, message, action, detail);
    }

    /** How many saves wrote from a plan's tracked changes alone (for tests and benchmarks). */
    public synchronized long incrementalSaves() {
        return incrementalSaves;
    }

    @Override
    public SaveResult saveMerging(Plan mine, int baseRevision, String author, String message,
            Map<String, Side> choices, ConflictPolicy unresolved) throws StoreException {
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(unresolved, "unresolved");
        if (baseRevision < 0) {
            throw new IllegalArgumentException("baseRevision < 0: " + baseRevision);
        }
        AuditAction plain = baseRevision == 0 ? AuditAction.PLAN_CREATED : AuditAction.REVISION_SAVED;
        return new MergingSaver(this).save(mine, baseRevision, author, message, choices, unresolved, plain,
                AuditAction.REVISION_MERGED, message);
    }

    @Override
    public SaveResult saveMerging(SaveSnapshot snapshot, String author, String message, Map<String, Side> choices,
            ConflictPolicy unresolved) throws StoreException {
        PreparedSave prepared = PreparedSave.of(snapshot, this);
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(unresolved, "unresolved");
        int base = prepared.baseRevision();
        AuditAction plain = base == 0 ? AuditAction.PLAN_CREATED : AuditAction.REVISION_SAVED;
        MergingSaver.Mine mine = new MergingSaver.Mine(prepared.planId(), prepared.plan(),
                (a, m, action, d) -> saveAudited(prepared, a, m, action, d));
        return new MergingSaver(this).save(mine, base, author, message, choices, unresolved, plain,
                AuditAction.REVISION_MERGED, message);
    }

    @Override
    public List<RevisionInfo> revisions(String planId) throws StoreException {
        Objects.requireNonNull(planId, "planId");
        return transaction(c -> {
            Revisions revisions = new Revisions(c);
            requirePlan(revisions, planId);
            return revisions.revisions(planId, 0);
        });
    }

    @Override
    public Optional<RevisionInfo> latestRevision(String planId) throws StoreException {
        Objects.requireNonNull(planId, "planId");
        return transaction(c -> new Revisions(c).latestInfo(planId));
    }

    @Override
    public BaselineInfo nameBaseline(String planId, int revision, String name, String author)
            throws StoreException {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(author, "author");
        if (Objects.requireNonNull(name, "name").isBlank() || name.length() > 255) {
            throw new IllegalArgumentException("A baseline name is 1 to 255 characters: '" + name + "'");
        }
        return transaction(c -> {
            Revisions revisions = new Revisions(c);
            revisions.revision(planId, revision).orElseThrow(() -> revisions.notFound(planId, revision));
            if (revisions.baselines(planId).stream().anyMatch(b -> b.name().equals(name))) {
                throw new StoreException(Reason.ALREADY_EXISTS, "baselineExists", planId, name);
            }
            BaselineInfo baseline = new BaselineInfo(planId, name, revision, Timestamps.now(), author);
            revisions.insertBaseline(baseline);
            AuditLog.append(c, baseline.createdAt(), author, AuditAction.BASELINE_NAMED, planId, revision, name);
            return baseline;
        });
    }

    @Override
    public List<BaselineInfo> baselines(String planId) throws StoreException {
        Objects.requireNonNull(planId, "planId");
        return transaction(c -> {
            Revisions revisions = new Revisions(c);
            requirePlan(revisions, planId);
            return revisions.baselines(planId);
        });
    }

    private static void requirePlan(Revisions revisions, String planId) throws SQLException, StoreException {
        if (revisions.latest(planId).isEmpty()) {
            throw new StoreException(Reason.NOT_FOUND, "planNotFound", planId);
        }
    }

    @Override
    public RevisionInfo importPlan(Path file, String author, String message) throws StoreException {
        ImportResult result = importPlan(file, author, message, Map.of(), ConflictPolicy.FAIL);
        if (result.outcome() == ImportResult.Outcome.CONFLICTS) {
            throw new StoreException(Reason.CONFLICT, "importConflicts", file, result.conflicts().size());
        }
        return result.saved().isPresent() ? result.saved().get()
                : revisions(result.planId()).get(revisions(result.planId()).size() - 1);
    }

    @Override
    public ImportResult importPlan(Path file, String author, String message, Map<String, Side> choices,
            ConflictPolicy unresolved) throws StoreException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(unresolved, "unresolved");
        requireOpen();
        return new MergingImport(this).run(file, author, message, choices, unresolved);
    }

    @Override
    public void exportRevision(String planId, int revision, Path file) throws StoreException {
        Objects.requireNonNull(file, "file");
        PlanXmi.writeFile(PlanProvenance.stamp(PlanXmi.toBytes(loadUntracked(planId, revision).plan()), planId,
                revision), file);
    }

    @Override
    public List<AuditEntry> auditLog(int limit) throws StoreException {
        requirePositive(limit);
        return transaction(c -> AuditLog.read(c, Optional.empty(), limit));
    }

    @Override
    public List<AuditEntry> auditLog(String planId, int limit) throws StoreException {
        Objects.requireNonNull(planId, "planId");
        requirePositive(limit);
        return transaction(c -> AuditLog.read(c, Optional.of(planId), limit));
    }

    /** The plan's field entry for a deletion or restoration: the plan element's "deleted" flag. */
    private static List<FieldEntry> deletedFlag(String planId, String title, boolean deleted) {
        return List.of(new FieldEntry(planId, "Plan", title == null || title.isBlank() ? planId : title, "deleted",
                FieldChange.Kind.CHANGED, Boolean.toString(!deleted), Boolean.toString(deleted)));
    }

    @Override
    public List<FieldChange> history(HistoryQuery query) throws StoreException {
        Objects.requireNonNull(query, "query");
        return transaction(c -> AuditFields.read(c, query));
    }

    @Override
    public AuditVerification verifyAuditLog() throws StoreException {
        return transaction(AuditChain::verify);
    }

    private static void requirePositive(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit <= 0: " + limit);
        }
    }

    private synchronized <T> T transaction(Work<T> work) throws StoreException {
        requireOpen();
        Connection connection = database.connection();
        for (int attempt = 1;; attempt++) {
            try {
                return attempt(connection, work);
            } catch (RetryableException e) {
                if (attempt >= RETRIES) {
                    throw SqlErrors.general(database.location(), e.cause);
                }
                LOG.log(Level.FINE, "retrying a transaction after " + e.cause.getSQLState(), e.cause);
            }
        }
    }

    private <T> T attempt(Connection connection, Work<T> work) throws StoreException, RetryableException {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(connection, e);
            if (isRetryable(connection, e)) {
                throw new RetryableException(e);
            }
            throw SqlErrors.general(database.location(), e);
        } catch (IOException e) {
            rollback(connection, e);
            throw new StoreException(Reason.IO, "ioRead", new Object[] {database.location(), e.getMessage()}, e);
        } catch (StoreException | RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
        }
    }

    private static boolean isRetryable(Connection connection, SQLException e) {
        try {
            return Dialect.of(connection).isRetryable(e);
        } catch (SQLException metadata) {
            e.addSuppressed(metadata);
            return false;
        }
    }

    private void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
            LOG.log(Level.WARNING, "Rollback failed in " + database.location(), e);
        }
    }

    private synchronized void requireOpen() throws StoreException {
        if (closed) {
            throw new StoreException(Reason.CLOSED, "closed", database.location());
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            database.close();
        }
    }
}
