package org.planstudio.compare;

/** How a piece of text fares between the two versions. */
public enum Mark {
    /** In both versions. */
    SAME,
    /** Only in the earlier version (printed struck through, in red). */
    DELETED,
    /** Only in the later version (printed underlined, in bold). */
    INSERTED
}
