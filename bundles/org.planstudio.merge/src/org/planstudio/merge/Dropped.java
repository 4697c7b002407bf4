package org.planstudio.merge;

import java.util.Objects;

/**
 * A reference the merge removed because its target did not survive (the other side deleted it and
 * that deletion was kept). {@code elementRemoved}: the element could not exist without the
 * reference (a trace link's source or target), so it was removed too.
 */
public record Dropped(String elementId, String elementLabel, String feature, String targetId,
        boolean elementRemoved) {

    public Dropped {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(elementLabel, "elementLabel");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(targetId, "targetId");
    }
}
