package org.planstudio.domain;

import java.util.List;
import java.util.Objects;

import org.planstudio.model.plan.RegistryKind;

/**
 * An indicator the domain suggests, with the counting rule that derives it from the registries:
 * count the items of {@code registry} whose type is one of {@code itemTypes}.
 */
public record CatalogueIndicator(String code, Bilingual name, Bilingual unit, RegistryKind registry,
        List<String> itemTypes, Bilingual rule) {

    public CatalogueIndicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(rule, "rule");
        itemTypes = List.copyOf(itemTypes);
    }
}
