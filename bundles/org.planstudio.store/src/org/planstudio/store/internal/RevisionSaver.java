package org.planstudio.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import org.planstudio.store.AuditAction;
import org.planstudio.store.ConcurrentSaveException;
import org.planstudio.store.DeletedPlanInfo;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/**
 * Writes one revision inside the caller's transaction: takes the plan's optimistic lock (its
 * base must still be the latest revision), then the element rows (or XMI), the registry rows and
 * the audit entry with its field entries ({@link FieldAudit}); from a whole split plan ({@link #save}) or from the rows that changed
 * ({@link #saveChanges}), in the same order and with the same hooks.
 */
final class RevisionSaver {

    private static final String DUPLICATE_KEY = "23505";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Connection connection;
    private final SaveHook hook;

    RevisionSaver(Connection connection, SaveHook hook) {
        this.connection = connection;
        this.hook = hook;
    }

    /**
     * A revision written. A full save gives the rows open after it ({@code elements}, {@code registry});
     * a save of changes the keys of the rows it inserted ({@code keys}).
     */
    record Saved(int revision, Map<String, RowVersion> elements, RegistryWriter.Written registry, Keys keys) {
    }

    /** Keys of the rows a delta inserted, by id. */
    record Keys(Map<String, Long> elements, Map<String, Long> items, Map<String, Long> links) {
    }

    Saved save(SplitPlan split, int base, String author, String message, AuditAction action, String detail)
            throws SQLException, StoreException {
        Revisions revisions = new Revisions(connection);
        String planId = split.planId();
        Instant now = Timestamps.now();
        lock(revisions, planId, split.titleZh(), split.titleEn(), base, now);
        int revision = base + 1;
        hook.writing(planId, revision);
        revisions.insertRevision(planId, revision, now, author, message, split.xmi());
        Map<String, RowVersion> elements = new ElementTable(connection, planId).write(revision, split.elements());
        RegistryWriter.Written registry = new RegistryWriter(connection, planId, revision).write(split.items(),
                split.links());
        AuditLog.append(connection, now, author, action, planId, revision, detail,
                FieldAudit.ofSave(connection, revision, split));
        hook.beforeCommit(planId, revision);
        return new Saved(revision, elements, registry, new Keys(Map.of(), Map.of(), Map.of()));
    }

    /** Writes a revision from the rows that changed (the caller's tracker knows the rest are open already). */
    Saved saveChanges(ChangedRows.Delta delta, int base, String author, String message, AuditAction action,
            String detail) throws SQLException, StoreException {
        Revisions revisions = new Revisions(connection);
        String planId = delta.planId();
        Instant now = Timestamps.now();
        lock(revisions, planId, delta.titleZh(), delta.titleEn(), base, now);
        int revision = base + 1;
        hook.writing(planId, revision);
        revisions.insertRevision(planId, revision, now, author, message, Optional.empty());
        Map<String, Long> elements = new ElementTable(connection, planId).writeChanges(revision,
                delta.elements().rows(), delta.elements().fingerprints(), delta.elements().closed());
        RegistryWriter registry = new RegistryWriter(connection, planId, revision);
        Map<String, Long> items = registry.writeItemChanges(delta.items().rows(), delta.items().fingerprints(),
                delta.items().closed());
        Map<String, Long> links = registry.writeLinkChanges(delta.links().rows(), delta.links().fingerprints(),
                delta.links().closed());
        AuditLog.append(connection, now, author, action, planId, revision, detail,
                FieldAudit.ofChanges(connection, revision, delta));
        hook.beforeCommit(planId, revision);
        return new Saved(revision, Map.of(), new RegistryWriter.Written(Map.of(), Map.of()),
                new Keys(elements, items, links));
    }

    private static void lock(Revisions revisions, String planId, String titleZh, String titleEn, int base,
            Instant now) throws SQLException, StoreException {
        Optional<DeletedPlanInfo> deleted = revisions.deletedPlans(Optional.of(planId)).stream().findFirst();
        if (deleted.isPresent()) {
            // A deleted plan keeps its id: a new plan (or an import) must not silently extend its history.
            throw new StoreException(Reason.ALREADY_EXISTS, base == 0 ? "planIdOfDeletedPlan" : "planIsDeleted",
                    planId, deleted.get().deletedBy(), TIME.format(deleted.get().deletedAt()));
        }
        if (base == 0) {
            if (revisions.latest(planId).isPresent()) {
                throw conflict(revisions, planId, base);
            }
            try {
                revisions.createPlan(planId, titleZh, titleEn, now);
            } catch (SQLException e) {
                // Another store in this JVM created the plan between our check and our insert.
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw conflict(revisions, planId, base);
                }
                throw e;
            }
        } else if (!revisions.advance(planId, base, titleZh, titleEn, now)) {
            Optional<Integer> latest = revisions.latest(planId);
            if (latest.isEmpty() || latest.get() < base) {
                throw revisions.notFound(planId, base);
            }
            throw conflict(revisions, planId, base);
        }
    }

    private static ConcurrentSaveException conflict(Revisions revisions, String planId, int base)
            throws SQLException {
        int latest = revisions.latest(planId).orElseThrow(IllegalStateException::new);
        RevisionInfo winner = revisions.revision(planId, latest).orElseThrow(IllegalStateException::new);
        return new ConcurrentSaveException(planId, base, winner.revision(), winner.author(), winner.savedAt());
    }
}
