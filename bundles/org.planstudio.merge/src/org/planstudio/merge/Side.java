package org.planstudio.merge;

/** Whose value a conflict keeps: the caller's edits or the other save (the latest revision). */
public enum Side {
    MINE, THEIRS
}
