package org.planstudio.domain.example;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.planstudio.domain.AttributeDefinition;
import org.planstudio.domain.AttributeType;
import org.planstudio.domain.Attributes;
import org.planstudio.domain.Bilingual;
import org.planstudio.domain.CatalogueIndicator;
import org.planstudio.domain.DomainTexts;
import org.planstudio.domain.Problem;
import org.planstudio.domain.TaskDomain;
import org.planstudio.domain.TaskTemplate;
import org.planstudio.domain.ValidationRule;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.RegistryKind;

/**
 * The task area "example". Tycho generates OSGI-INF/org.planstudio.domain.example.ExampleDomain.xml
 * from the annotation (see .settings/org.eclipse.pde.ds.annotations.prefs), and Plan Studio finds
 * the service when the bundle starts.
 */
@Component(service = TaskDomain.class)
public final class ExampleDomain implements TaskDomain {

    public static final String ID = "example";
    static final String FORM = "cooperationForm";
    static final String PARTNER = "partnerInstitution";
    static final DomainTexts TEXTS = DomainTexts.load(ExampleDomain.class, "domain");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Bilingual name() {
        return TEXTS.get("name");
    }

    @Override
    public Optional<URL> icon() {
        return Optional.ofNullable(ExampleDomain.class.getResource("/icons/example.png"));
    }

    @Override
    public List<TaskTemplate> templates() {
        return List.of(TEXTS.template("jointLab", Map.of(FORM, "JOINT_LAB")));
    }

    @Override
    public List<CatalogueIndicator> indicatorCatalogue() {
        // item types are the registry's codes: org.planstudio.registry.ItemTypes (docs/domain-plugins.md lists them)
        return List.of(TEXTS.indicator("jointLabs", RegistryKind.PLATFORM, "joint_laboratory"));
    }

    @Override
    public List<AttributeDefinition> taskAttributes() {
        return List.of(
                TEXTS.attribute(FORM, AttributeType.ENUM, true, "JOINT_LAB", "EXCHANGE"),
                TEXTS.attribute(PARTNER, AttributeType.STRING, false),
                TEXTS.attribute("startDate", AttributeType.DATE, false));
    }

    @Override
    public List<AttributeDefinition> itemAttributes() {
        return List.of();
    }

    @Override
    public List<ValidationRule> rules() {
        return List.of(new PartnerNamedRule());
    }

    /** A joint laboratory without a named partner institution cannot be signed. */
    static final class PartnerNamedRule implements ValidationRule {

        @Override
        public String id() {
            return ID + ".partnerInstitution";
        }

        @Override
        public List<Problem> checkTask(KeyTask task) {
            return Attributes.is(task, FORM, "JOINT_LAB") && Attributes.value(task, PARTNER).isEmpty()
                    ? List.of(Problem.warning(TEXTS.get("rule.partnerInstitution")))
                    : List.of();
        }
    }
}
