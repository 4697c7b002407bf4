package org.planstudio.store;

import java.time.Instant;
import java.util.Objects;

/** A named revision (for example "征求意见稿" or "2025 Q2 report"). */
public record BaselineInfo(String planId, String name, int revision, Instant createdAt, String author) {

    public BaselineInfo {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(author, "author");
    }
}
