package org.planstudio.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.merge.Conflict;
import org.planstudio.merge.Dropped;

/**
 * The outcome of importing a {@code .plan} file. {@code baseRevision} is the revision the file
 * says it was exported from (0 when it says none); {@code baseDigestMatches} is false when that
 * revision in this database is not what was exported (the file came from another database, say).
 */
public record ImportResult(String planId, Outcome outcome, Optional<RevisionInfo> saved, int baseRevision,
        boolean baseDigestMatches, Optional<RevisionInfo> mergedOnto, List<Conflict> conflicts,
        List<Dropped> dropped) {

    public enum Outcome {
        /** The plan was not stored yet: it is revision 1 now. */
        CREATED,
        /** The file was exported from the latest revision: it is the next revision. */
        SAVED,
        /** The file was exported from an older revision: its changes were merged onto the latest. */
        MERGED,
        /** The file records no base revision (or one this database lacks): it replaced the plan, as before. */
        REPLACED,
        /** The file equals the revision it was exported from: nothing to import, nothing written. */
        UNCHANGED,
        /** Conflicts were left open: nothing written. */
        CONFLICTS
    }

    public ImportResult {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(mergedOnto, "mergedOnto");
        conflicts = List.copyOf(conflicts);
        dropped = List.copyOf(dropped);
    }
}
