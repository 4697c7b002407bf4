package org.planstudio.domain.broken;

import java.net.URL;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.planstudio.domain.AttributeDefinition;
import org.planstudio.domain.Bilingual;
import org.planstudio.domain.CatalogueIndicator;
import org.planstudio.domain.TaskDomain;
import org.planstudio.domain.TaskTemplate;
import org.planstudio.domain.ValidationRule;

/** A plug-in whose component cannot even be created: the workbench must open regardless. */
@Component(service = TaskDomain.class)
public final class ThrowingDomain implements TaskDomain {

    public ThrowingDomain() {
        throw new IllegalStateException("test plug-in: this task domain always fails to start");
    }

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public Bilingual name() {
        return Bilingual.of("出错", "Broken");
    }

    @Override
    public Optional<URL> icon() {
        return Optional.empty();
    }

    @Override
    public List<TaskTemplate> templates() {
        return List.of();
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
        return List.of();
    }
}
