package org.planstudio.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** One row of the audit log: what happened, who did it, when. */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, Optional<String> planId,
        OptionalInt revision, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(detail, "detail");
    }
}
