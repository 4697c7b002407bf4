package org.planstudio.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** A save was refused because another save of the same plan won since the caller's base revision. */
public final class ConcurrentSaveException extends StoreException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String planId;
    private final int baseRevision;
    private final int winningRevision;
    private final String winningAuthor;
    private final Instant winningSavedAt;

    public ConcurrentSaveException(String planId, int baseRevision, int winningRevision, String winningAuthor,
            Instant winningSavedAt) {
        super(Reason.CONFLICT, "conflict", planId, winningAuthor, winningRevision,
                WHEN.format(winningSavedAt.atZone(ZoneId.systemDefault())), baseRevision);
        this.planId = Objects.requireNonNull(planId, "planId");
        this.baseRevision = baseRevision;
        this.winningRevision = winningRevision;
        this.winningAuthor = Objects.requireNonNull(winningAuthor, "winningAuthor");
        this.winningSavedAt = Objects.requireNonNull(winningSavedAt, "winningSavedAt");
    }

    public String planId() {
        return planId;
    }

    public int baseRevision() {
        return baseRevision;
    }

    /** The plan's latest revision when the save was refused. */
    public int winningRevision() {
        return winningRevision;
    }

    public String winningAuthor() {
        return winningAuthor;
    }

    public Instant winningSavedAt() {
        return winningSavedAt;
    }
}
