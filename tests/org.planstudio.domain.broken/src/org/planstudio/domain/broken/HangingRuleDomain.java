package org.planstudio.domain.broken;

import java.net.URL;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.planstudio.domain.AttributeDefinition;
import org.planstudio.domain.Bilingual;
import org.planstudio.domain.CatalogueIndicator;
import org.planstudio.domain.Problem;
import org.planstudio.domain.TaskDomain;
import org.planstudio.domain.TaskTemplate;
import org.planstudio.domain.ValidationRule;
import org.planstudio.model.plan.KeyTask;

/** A plug-in without an icon whose rule never returns: the checks must time out and carry on. */
@Component(service = TaskDomain.class)
public final class HangingRuleDomain implements TaskDomain {

    @Override
    public String id() {
        return "hanging";
    }

    @Override
    public Bilingual name() {
        return Bilingual.of("规则卡住的领域", "Domain with a hanging rule");
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
        return List.of(new ValidationRule() {
            @Override
            public String id() {
                return "hanging.forever";
            }

            @Override
            public List<Problem> checkTask(KeyTask task) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of();
            }
        });
    }
}
