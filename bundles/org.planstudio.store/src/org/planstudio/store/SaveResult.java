package org.planstudio.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.merge.Conflict;
import org.planstudio.merge.Dropped;

/**
 * The outcome of {@link PlanStore#saveMerging}. {@code saved} is empty when conflicts were left
 * open (policy {@link ConflictPolicy#FAIL}); then nothing was written and {@code conflicts} lists
 * them. {@code mergedOnto} is the latest revision the edits were merged onto, empty when the base
 * was still the latest (a plain save).
 */
public record SaveResult(Optional<RevisionInfo> saved, int baseRevision, Optional<RevisionInfo> mergedOnto,
        List<Conflict> conflicts, List<Dropped> dropped) {

    public SaveResult {
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(mergedOnto, "mergedOnto");
        conflicts = List.copyOf(conflicts);
        dropped = List.copyOf(dropped);
    }

    public boolean isSaved() {
        return saved.isPresent();
    }

    public boolean merged() {
        return mergedOnto.isPresent();
    }
}
