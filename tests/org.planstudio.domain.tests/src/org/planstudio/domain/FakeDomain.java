package org.planstudio.domain;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A domain whose parts the test chooses, including broken ones. */
final class FakeDomain implements TaskDomain {

    private final String id;
    private final Supplier<List<TaskTemplate>> templates;
    private final List<ValidationRule> rules;
    private final boolean withIcon;

    FakeDomain(String id, Supplier<List<TaskTemplate>> templates, List<ValidationRule> rules, boolean withIcon) {
        this.id = id;
        this.templates = templates;
        this.rules = rules;
        this.withIcon = withIcon;
    }

    static FakeDomain healthy(String id) {
        return new FakeDomain(id, () -> List.of(template("t1")), List.of(), true);
    }

    static TaskTemplate template(String templateId) {
        return new TaskTemplate(templateId, Bilingual.of("模板", "Template"), List.of(Bilingual.of("措施", "Measure")),
                List.of(), java.util.Map.of());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Bilingual name() {
        return Bilingual.of("测试领域", "Test domain");
    }

    @Override
    public Optional<URL> icon() {
        return withIcon ? Optional.of(FakeDomain.class.getResource("FakeDomain.class")) : Optional.empty();
    }

    @Override
    public List<TaskTemplate> templates() {
        return templates.get();
    }

    @Override
    public List<CatalogueIndicator> indicatorCatalogue() {
        return List.of();
    }

    @Override
    public List<AttributeDefinition> taskAttributes() {
        return List.of();
    }

    @Override
    public List<AttributeDefinition> itemAttributes() {
        return List.of();
    }

    @Override
    public List<ValidationRule> rules() {
        return rules;
    }
}
