package org.planstudio.store.internal;

import java.util.Map;
import java.util.Set;

/**
 * A stored row seen as named fields with display values (null: unset), for the field-level
 * audit trail: {@code references} names the fields whose value is one target's id, shown with
 * the target's label once the audit has looked it up.
 */
record Snapshot(String id, String kind, String label, Map<String, String> values, Set<String> references) {
}
