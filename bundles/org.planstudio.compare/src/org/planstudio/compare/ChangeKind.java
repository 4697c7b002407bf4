package org.planstudio.compare;

/** What happened to an element between the two versions. An element can be both moved and changed. */
public enum ChangeKind {
    ADDED,
    REMOVED,
    /** Under another owner, or at another place among its siblings (not merely shifted by an insertion). */
    MOVED,
    /** One or more of its own values differ. */
    CHANGED
}
