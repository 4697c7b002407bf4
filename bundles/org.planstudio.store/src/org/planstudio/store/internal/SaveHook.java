package org.planstudio.store.internal;

/** Observes a save's transaction from inside (for crash tests and tools). */
public interface SaveHook {

    SaveHook NONE = new SaveHook() {
    };

    /** The save holds the plan's lock and is about to write its rows. */
    default void writing(String planId, int revision) {
    }

    /** All rows are written; the commit comes next. */
    default void beforeCommit(String planId, int revision) {
    }
}
