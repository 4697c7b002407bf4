package org.planstudio.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which field-level audit entries {@link PlanStore#history} returns: one plan's, optionally of one
 * element, by one person, in {@code [from, to)}, of one element kind; newest first, {@code limit}
 * entries after skipping {@code offset}.
 */
public record HistoryQuery(String planId, Optional<String> elementId, Optional<String> actor,
        Optional<Instant> from, Optional<Instant> to, Optional<String> elementKind, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 500;

    public HistoryQuery {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(elementKind, "elementKind");
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    /** The whole plan's newest {@link #DEFAULT_LIMIT} entries. */
    public static HistoryQuery of(String planId) {
        return new HistoryQuery(planId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, DEFAULT_LIMIT);
    }

    public HistoryQuery element(String id) {
        return new HistoryQuery(planId, Optional.of(id), actor, from, to, elementKind, offset, limit);
    }

    public HistoryQuery actor(String person) {
        return new HistoryQuery(planId, elementId, Optional.of(person), from, to, elementKind, offset, limit);
    }

    public HistoryQuery between(Optional<Instant> start, Optional<Instant> end) {
        return new HistoryQuery(planId, elementId, actor, start, end, elementKind, offset, limit);
    }

    public HistoryQuery kind(String kind) {
        return new HistoryQuery(planId, elementId, actor, from, to, Optional.of(kind), offset, limit);
    }

    public HistoryQuery page(int skip, int count) {
        return new HistoryQuery(planId, elementId, actor, from, to, elementKind, skip, count);
    }
}
