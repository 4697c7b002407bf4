package org.planstudio.store.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.planstudio.model.plan.RegistryKind;

/**
 * A registry item as stored in REGISTRY_ITEM and its child tables. References are element ids;
 * {@code texts} maps a LocalizedText feature name to its value (absent: the feature is unset).
 */
record ItemRow(String id, RegistryKind kind, int position, String type, String status, String hostOrganizationId,
        Instant startDate, Instant endDate, String budget, String creditCode, String affiliation,
        Map<String, TextRow> texts, List<String> partnerCountryIds, List<String> participantIds,
        List<AttributeRow> attributes) {

    record AttributeRow(String key, String value) {
    }

    ItemRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        texts = Map.copyOf(texts);
        partnerCountryIds = List.copyOf(partnerCountryIds);
        participantIds = List.copyOf(participantIds);
        attributes = List.copyOf(attributes);
    }

    /** Identifies the stored content: a save writes a new row version only when this changes. */
    String sha256() {
        Fingerprint f = new Fingerprint().add(id).add(kind.getName()).add(position).add(type).add(status)
                .add(hostOrganizationId).add(startDate).add(endDate).add(budget).add(creditCode).add(affiliation);
        f.add(texts.size());
        for (Map.Entry<String, TextRow> text : new TreeMap<>(texts).entrySet()) {
            f.add(text.getKey());
            text.getValue().addTo(f);
        }
        f.add(partnerCountryIds.size());
        partnerCountryIds.forEach(f::add);
        f.add(participantIds.size());
        participantIds.forEach(f::add);
        f.add(attributes.size());
        attributes.forEach(a -> f.add(a.key()).add(a.value()));
        return f.hex();
    }
}
