package org.planstudio.domain.livelihood;

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

/** Livelihood services: urban governance, water, disaster prevention, public health services, education. */
@Component(service = TaskDomain.class)
public final class LivelihoodDomain implements TaskDomain {

    static final DomainTexts TEXTS = DomainTexts.load(LivelihoodDomain.class, "domain");

    @Override
    public String id() {
        return "livelihood";
    }

    @Override
    public Bilingual name() {
        return TEXTS.get("name");
    }

    @Override
    public Optional<URL> icon() {
        return Optional.ofNullable(LivelihoodDomain.class.getResource("/icons/livelihood.png"));
    }

    @Override
    public List<TaskTemplate> templates() {
        return List.of(
                TEXTS.template("water", Map.of(LivelihoodRules.SECTOR, "WATER")),
                TEXTS.template("disaster", Map.of(LivelihoodRules.SECTOR, "DISASTER_PREVENTION")),
                TEXTS.template("urbanGovernance", Map.of(LivelihoodRules.SECTOR, "URBAN_GOVERNANCE")),
                TEXTS.template("capacityBuilding", Map.of(LivelihoodRules.SECTOR, "EDUCATION")));
    }

    @Override
    public List<CatalogueIndicator> indicatorCatalogue() {
        return List.of(
                TEXTS.indicator("demos", RegistryKind.JOINT_PROJECT, "demonstration"),
                TEXTS.indicator("trainingPrograms", RegistryKind.JOINT_PROJECT, "talent_exchange"),
                TEXTS.indicator("disasterPlatforms", RegistryKind.PLATFORM, "international_cooperation_base"),
                TEXTS.indicator("experts", RegistryKind.EXPERT, "livelihood"));
    }

    @Override
    public List<AttributeDefinition> taskAttributes() {
        return List.of(
                TEXTS.attribute(LivelihoodRules.SECTOR, ENUM, true, "URBAN_GOVERNANCE", "WATER", "DISASTER_PREVENTION",
                        "PUBLIC_HEALTH_SERVICE", "EDUCATION"),
                TEXTS.attribute("beneficiaries", INTEGER, false),
                TEXTS.attribute(LivelihoodRules.SESSIONS, INTEGER, false),
                TEXTS.attribute(LivelihoodRules.TRAINEES, INTEGER, false),
                TEXTS.attribute(LivelihoodRules.LOCAL_PARTNER, STRING, false));
    }

    @Override
    public List<AttributeDefinition> itemAttributes() {
        return List.of(
                TEXTS.attribute("itemBeneficiaries", INTEGER, false),
                TEXTS.attribute("sdg", ENUM, false, "SDG3", "SDG4", "SDG6", "SDG11", "SDG13"));
    }

    @Override
    public List<ValidationRule> rules() {
        return LivelihoodRules.all();
    }
}
