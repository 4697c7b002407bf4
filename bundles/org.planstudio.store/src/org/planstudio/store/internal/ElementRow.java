package org.planstudio.store.internal;

import java.util.Objects;

/**
 * One identified plan element as stored in PLAN_ELEMENT: where it sits (parent id, containment
 * feature, position among the parent's stored children) and its own data ({@link ElementCodec}),
 * without the identified elements it contains, which are rows of their own.
 */
record ElementRow(String id, String kind, String parentId, String feature, int position, byte[] data,
        ElementOwner owner) {

    ElementRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(owner, "owner");
    }

    /** Identifies the stored content: a save writes a new row version only when this changes. */
    String sha256() {
        Fingerprint f = new Fingerprint().add(id).add(kind).add(parentId).add(feature).add(position).add(data);
        if (!owner.isNone()) {
            // Only from data format 6 on: a row written before keeps its fingerprint, and the next save that
            // writes the element gives it its owner columns.
            f.add(owner.task()).add(owner.leadUnits()).add(owner.supportUnits());
        }
        return f.hex();
    }
}
