package org.planstudio.store;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link PlanStore#verifyAuditLog()} found. {@code unchained} entries were written before the
 * audit log became a chain (data format 4) and cannot be checked. When intact, {@code headHash} is
 * the newest entry's hash: noted outside the database, it lets a later check detect a rewrite of
 * the whole chain.
 */
public record AuditVerification(boolean intact, long chained, long unchained, OptionalLong brokenAt,
        Optional<Break> reason, Optional<String> headHash, OptionalLong lastEntry) {

    /** How the chain is broken at {@link #brokenAt()}. */
    public enum Break {
        /** The entry, or the one before it, was changed or removed. */
        ALTERED,
        /** An entry without a hash follows chained entries (inserted around the store). */
        UNCHAINED_ENTRY,
        /** The newest entries were removed: the head names a later entry. */
        NEWEST_REMOVED,
        /** The head row itself is gone. */
        HEAD_MISSING
    }

    public AuditVerification {
        Objects.requireNonNull(brokenAt, "brokenAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(lastEntry, "lastEntry");
    }

    public static AuditVerification intact(long chained, long unchained, Optional<String> headHash,
            OptionalLong lastEntry) {
        return new AuditVerification(true, chained, unchained, OptionalLong.empty(), Optional.empty(), headHash,
                lastEntry);
    }

    public static AuditVerification broken(long chained, long unchained, long entry, Break reason) {
        return new AuditVerification(false, chained, unchained, OptionalLong.of(entry), Optional.of(reason),
                Optional.empty(), OptionalLong.empty());
    }
}
