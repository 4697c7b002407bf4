package org.planstudio.domain.health;

import static org.planstudio.domain.AttributeType.DATE;
import static org.planstudio.domain.AttributeType.ENUM;
import static org.planstudio.domain.AttributeType.INTEGER;
import static org.planstudio.domain.AttributeType.STRING;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.planstudio.domain.AttributeDefinition;
import org.planstudio.domain.Bilingual;
import org.planstudio.domain.CatalogueIndicator;
import org.planstudio.domain.DomainTexts;
import org.planstudio.domain.TaskDomain;
import org.planstudio.domain.TaskTemplate;
import org.planstudio.domain.ValidationRule;
import org.planstudio.model.plan.RegistryKind;

/** Medicine and health: joint clinical research, product registrations abroad, TCM centres. */
@Component(service = TaskDomain.class)
public final class HealthDomain implements TaskDomain {

    static final DomainTexts TEXTS = DomainTexts.load(HealthDomain.class, "domain");

    @Override
    public String id() {
        return "health";
    }

    @Override
    public Bilingual name() {
        return TEXTS.get("name");
    }

    @Override
    public Optional<URL> icon() {
        return Optional.ofNullable(HealthDomain.class.getResource("/icons/health.png"));
    }

    @Override
    public List<TaskTemplate> templates() {
        return List.of(
                TEXTS.template("clinicalCentre", Map.of(HealthRules.FORM, "JOINT_RESEARCH_CENTRE")),
                TEXTS.template("registration", Map.of(HealthRules.FORM, "PRODUCT_REGISTRATION")),
                TEXTS.template("tcmCentre", Map.of(HealthRules.FORM, "TCM_CENTRE")),
                TEXTS.template("publicHealth", Map.of(HealthRules.FORM, "PUBLIC_HEALTH")));
    }

    @Override
    public List<CatalogueIndicator> indicatorCatalogue() {
        return List.of(
                TEXTS.indicator("clinicalCentres", RegistryKind.PLATFORM, "joint_research_centre"),
                TEXTS.indicator("registrations", RegistryKind.JOINT_PROJECT, "technology_transfer"),
                TEXTS.indicator("tcmCentres", RegistryKind.PLATFORM, "international_cooperation_base"),
                TEXTS.indicator("healthEntities", RegistryKind.INNOVATION_ENTITY, "enterprise", "hospital"));
    }

    @Override
    public List<AttributeDefinition> taskAttributes() {
        return List.of(
                TEXTS.attribute(HealthRules.FORM, ENUM, true, "JOINT_RESEARCH_CENTRE", "PRODUCT_REGISTRATION",
                        "TCM_CENTRE", "PUBLIC_HEALTH"),
                TEXTS.attribute(HealthRules.PHASE, ENUM, false, "NONE", "PHASE_I", "PHASE_II", "PHASE_III", "PHASE_IV"),
                TEXTS.attribute(HealthRules.ETHICS, STRING, false),
                TEXTS.attribute(HealthRules.PLANNED, INTEGER, false),
                TEXTS.attribute(HealthRules.REGULATOR, STRING, false));
    }

    @Override
    public List<AttributeDefinition> itemAttributes() {
        return List.of(
                TEXTS.attribute(HealthRules.CATEGORY, ENUM, false, "DRUG", "MEDICAL_DEVICE", "TCM_PRODUCT", "VACCINE"),
                TEXTS.attribute(HealthRules.REGISTRATION_NUMBER, STRING, false),
                TEXTS.attribute("registrationDate", DATE, false));
    }

    @Override
    public List<ValidationRule> rules() {
        return HealthRules.all();
    }
}
