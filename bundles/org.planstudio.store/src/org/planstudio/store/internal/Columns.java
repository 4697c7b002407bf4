package org.planstudio.store.internal;

/** Helpers for bounded VARCHAR columns. */
final class Columns {

    private Columns() {
    }

    /** Shortens descriptive text (messages, titles for listing) that is longer than its column. */
    static String fit(String value, int length) {
        if (value == null || value.length() <= length) {
            return value;
        }
        return value.substring(0, length - 1) + "…";
    }
}
