package org.planstudio.compare;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One side of a comparison: a stored revision, named by a baseline when the user chose one. A plan
 * that is not stored (a file, an editor's unsaved state) has revision 0 and no time.
 */
public record Version(int revision, Optional<String> baseline, Optional<Instant> savedAt, String author) {

    public Version {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(author, "author");
    }

    public static Version unsaved() {
        return new Version(0, Optional.empty(), Optional.empty(), "");
    }
}
