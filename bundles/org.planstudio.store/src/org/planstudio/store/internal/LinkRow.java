package org.planstudio.store.internal;

import java.util.Objects;
import java.util.Optional;

/** A trace link with a registry item at one end, as stored in REGISTRY_LINK. */
record LinkRow(String id, String kind, String sourceId, String targetId, boolean suspect, int position,
        Optional<TextRow> rationale) {

    static final String RATIONALE = "rationale";

    LinkRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rationale, "rationale");
    }

    String sha256() {
        Fingerprint f = new Fingerprint().add(id).add(kind).add(sourceId).add(targetId).add(suspect ? 1 : 0)
                .add(position).add(rationale.isPresent() ? 1 : 0);
        rationale.ifPresent(text -> text.addTo(f));
        return f.hex();
    }
}
