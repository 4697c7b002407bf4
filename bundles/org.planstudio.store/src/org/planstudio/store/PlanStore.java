package org.planstudio.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planstudio.merge.Side;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.internal.DerbyPlanStore;

/**
 * Versioned storage of plans. Every save is a new revision; registry items are kept in
 * relational tables; every change is written to the audit log. Instances are thread-safe;
 * close them when done (this shuts the embedded database down cleanly).
 */
public interface PlanStore extends AutoCloseable {

    /** Opens (and, the first time, creates or upgrades) the store described by {@code config}. */
    static PlanStore open(StoreConfig config) throws StoreException {
        return DerbyPlanStore.open(config);
    }

    StoreConfig config();

    /** All plans that are not marked deleted, ordered by id. */
    List<PlanInfo> listPlans() throws StoreException;

    /** A plan that is not marked deleted. */
    Optional<PlanInfo> planInfo(String planId) throws StoreException;

    /** Plans marked deleted, most recently deleted first. */
    List<DeletedPlanInfo> listDeletedPlans() throws StoreException;

    /**
     * Marks a plan deleted: it leaves {@link #listPlans()}, its revisions, baselines and audit
     * entries stay (so {@link #load} and {@link #exportRevision} still read them) and
     * {@link #restorePlan} brings it back. No new revision of it can be saved, and no new plan
     * can take its id, while it is deleted.
     *
     * @throws StoreException {@link StoreException.Reason#NOT_FOUND} if there is no such plan or it is already deleted
     */
    DeletedPlanInfo deletePlan(String planId, String actor) throws StoreException;

    /** Brings a deleted plan back into {@link #listPlans()}, unchanged. */
    PlanInfo restorePlan(String planId, String actor) throws StoreException;

    /** The latest revision, or empty if the store has no plan with this id. */
    Optional<StoredPlan> loadLatest(String planId) throws StoreException;

    /** A given revision; {@link StoreException.Reason#NOT_FOUND} if the plan or revision does not exist. */
    StoredPlan load(String planId, int revision) throws StoreException;

    /**
     * Saves {@code plan} as the next revision of the plan with its id. {@code expectedBaseRevision}
     * is the revision the caller's edits started from, 0 for a plan that is not stored yet.
     * The plan object is not modified.
     *
     * @return the new revision number
     * @throws ConcurrentSaveException if the plan's latest revision is not {@code expectedBaseRevision}
     */
    int save(Plan plan, int expectedBaseRevision, String author, String message) throws StoreException;

    /**
     * Saves edits that started from {@code baseRevision}, merging them onto the latest revision when
     * someone else saved meanwhile (see docs/architecture.md, "Merging"). Conflicts are settled by
     * {@code choices} (keyed by {@link org.planstudio.merge.Conflict#key()}), the rest by {@code unresolved};
     * with {@link ConflictPolicy#FAIL} and an open conflict nothing is written and the result lists the
     * conflicts. A merged revision says so in its message and in the audit log.
     */
    SaveResult saveMerging(Plan mine, int baseRevision, String author, String message, Map<String, Side> choices,
            ConflictPolicy unresolved) throws StoreException;

    default SaveResult saveMerging(Plan mine, int baseRevision, String author, String message,
            ConflictPolicy unresolved) throws StoreException {
        return saveMerging(mine, baseRevision, author, message, Map.of(), unresolved);
    }

    /**
     * Takes what a save of {@code plan} (edits from {@code baseRevision}) will write, on the thread
     * that edits the plan, so that editing can go on while another thread writes it. For a plan this
     * store handed out, with changes it can tell exactly, that is just the rows they touched: taking
     * it costs what the edits touched, not the plan's size, and touches no database. Otherwise it is
     * a full snapshot ({@link #prepareFullSave}). See docs/architecture.md, "A save costs what changed".
     */
    SaveSnapshot prepareSave(Plan plan, int baseRevision);

    /**
     * A snapshot holding a copy of the whole plan (costs the plan's size): what a merge onto a newer
     * revision needs, or a caller that changes the plan before saving it. Its save, too, brings the
     * plan's change tracking up to the new revision; a plan this store did not hand out is tracked
     * from now on, so that its later saves write only what changed.
     */
    SaveSnapshot prepareFullSave(Plan plan, int baseRevision);

    /**
     * Writes a snapshot as the next revision, strictly against its base, as {@link #save(Plan, int,
     * String, String)}; then the plan it was taken from counts as saved up to the snapshot, and the
     * edits made since stay marked for the next save. If the save fails, nothing of the plan's
     * tracked changes is lost and the snapshot may be written again.
     *
     * @throws ConcurrentSaveException if the plan's latest revision is not the snapshot's base
     */
    int save(SaveSnapshot snapshot, String author, String message) throws StoreException;

    /**
     * {@link #saveMerging(Plan, int, String, String, Map, ConflictPolicy)} of a snapshot. Only a full
     * snapshot can be merged: an incremental one whose base is stale is refused with
     * {@link ConcurrentSaveException}, and the caller takes a full one.
     */
    SaveResult saveMerging(SaveSnapshot snapshot, String author, String message, Map<String, Side> choices,
            ConflictPolicy unresolved) throws StoreException;

    /**
     * What the signed-in user may change in the plan, computed from its latest stored revision by
     * the rules the database enforces (see {@link PlanPermissions}); for a plan not stored yet, as
     * for an empty plan.
     */
    PlanPermissions permissions(String planId) throws StoreException;

    /** All revisions of a plan, oldest first; {@link StoreException.Reason#NOT_FOUND} for an unknown plan. */
    List<RevisionInfo> revisions(String planId) throws StoreException;

    /**
     * The newest revision of a plan (number, time, author, message; no baselines), or empty for an
     * unknown or deleted plan. Cheap enough to ask every few seconds: it is what an open editor
     * polls to learn that someone else saved.
     */
    Optional<RevisionInfo> latestRevision(String planId) throws StoreException;

    /** Names {@code revision} as a baseline; names are unique per plan. */
    BaselineInfo nameBaseline(String planId, int revision, String name, String author) throws StoreException;

    /** Baselines of a plan, oldest first. */
    List<BaselineInfo> baselines(String planId) throws StoreException;

    /**
     * Imports a {@code .plan} file: a plan whose id is not stored yet becomes a new plan (revision 1).
     * A file exported by {@link #exportRevision} records its revision; its changes are merged onto the
     * latest revision as by {@link #saveMerging}. A file that records none becomes the next revision as
     * it is (replacing the plan; {@link ImportResult.Outcome#REPLACED} tells the caller to warn). A file
     * that is not a readable plan is refused with {@link StoreException.Reason#CORRUPT_FILE} and nothing
     * is changed.
     */
    ImportResult importPlan(Path file, String author, String message, Map<String, Side> choices,
            ConflictPolicy unresolved) throws StoreException;

    /**
     * {@link #importPlan(Path, String, String, Map, ConflictPolicy)} with conflicts failing: an import
     * with conflicts is refused with {@link StoreException.Reason#CONFLICT} and nothing is written.
     * A file that holds no changes against an older base writes nothing and returns the latest revision.
     */
    RevisionInfo importPlan(Path file, String author, String message) throws StoreException;

    /**
     * Writes a revision, with its registry items, to a {@code .plan} file (replacing it atomically). The
     * file records the plan id, the revision and a digest of it, so that importing a changed copy merges.
     */
    void exportRevision(String planId, int revision, Path file) throws StoreException;

    /** The newest {@code limit} audit entries, newest first. */
    List<AuditEntry> auditLog(int limit) throws StoreException;

    /** The newest {@code limit} audit entries about one plan, newest first. */
    List<AuditEntry> auditLog(String planId, int limit) throws StoreException;

    /**
     * The field-level audit trail of a plan (or of one element), filtered as {@code query} says,
     * newest revision first and within a revision in the order the save wrote it.
     */
    List<FieldChange> history(HistoryQuery query) throws StoreException;

    /** Checks the audit log's hash chain: whether any entry was altered or removed after it was written. */
    AuditVerification verifyAuditLog() throws StoreException;

    @Override
    void close() throws StoreException;
}
