package org.planstudio.domain;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain as the workbench uses it: everything its service contributed, read once, checked,
 * and with duplicates dropped, so that a misbehaving service is never called for its data again.
 */
public record RegisteredDomain(String id, Bilingual name, DomainSource source, Optional<URL> icon,
        List<TaskTemplate> templates, List<CatalogueIndicator> catalogue, List<AttributeDefinition> taskAttributes,
        List<AttributeDefinition> itemAttributes, List<ValidationRule> rules) {

    public RegisteredDomain {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(icon, "icon");
        templates = List.copyOf(templates);
        catalogue = List.copyOf(catalogue);
        taskAttributes = List.copyOf(taskAttributes);
        itemAttributes = List.copyOf(itemAttributes);
        rules = List.copyOf(rules);
    }

    public Optional<AttributeDefinition> taskAttribute(String key) {
        return taskAttributes.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    public Optional<AttributeDefinition> itemAttribute(String key) {
        return itemAttributes.stream().filter(a -> a.key().equals(key)).findFirst();
    }
}
