package org.planstudio.store.internal;

/** The open (current) version of a stored row: its key and the fingerprint of its content. */
record RowVersion(long key, String sha256) {
}
