package org.planstudio.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One saved revision of a plan, with the names of the baselines that point at it. */
public record RevisionInfo(String planId, int revision, Instant savedAt, String author, String message,
        List<String> baselines) {

    public RevisionInfo {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(message, "message");
        baselines = List.copyOf(baselines);
    }
}
