package org.planstudio.store;

/** What a merging save or import does with conflicts nobody chose a side for. */
public enum ConflictPolicy {
    /** Write nothing and return the conflicts, for a person to decide. */
    FAIL,
    /** Keep the caller's (or the imported file's) value. */
    MINE,
    /** Keep the latest revision's value. */
    THEIRS
}
