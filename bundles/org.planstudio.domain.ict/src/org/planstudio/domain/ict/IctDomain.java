package org.planstudio.domain.ict;

import static org.planstudio.domain.AttributeType.BOOLEAN;
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

/** New-generation information technology: the digital Silk Road, 5G/AI/smart-city pilots, data labs. */
@Component(service = TaskDomain.class)
public final class IctDomain implements TaskDomain {

    static final DomainTexts TEXTS = DomainTexts.load(IctDomain.class, "domain");

    @Override
    public String id() {
        return "ict";
    }

    @Override
    public Bilingual name() {
        return TEXTS.get("name");
    }

    @Override
    public Optional<URL> icon() {
        return Optional.ofNullable(IctDomain.class.getResource("/icons/ict.png"));
    }

    @Override
    public List<TaskTemplate> templates() {
        return List.of(
                TEXTS.template("digitalLab", Map.of(IctRules.FIELD, "CLOUD_DATA")),
                TEXTS.template("smartCity", Map.of(IctRules.FIELD, "SMART_CITY")),
                TEXTS.template("fiveGAi", Map.of(IctRules.FIELD, "FIVE_G")),
                TEXTS.template("beidou", Map.of(IctRules.FIELD, "BEIDOU")));
    }

    @Override
    public List<CatalogueIndicator> indicatorCatalogue() {
        return List.of(
                TEXTS.indicator("digitalLabs", RegistryKind.PLATFORM, "joint_laboratory"),
                TEXTS.indicator("dataLabs", RegistryKind.PLATFORM, "joint_research_centre"),
                TEXTS.indicator("pilots", RegistryKind.JOINT_PROJECT, "demonstration"),
                TEXTS.indicator("digitalEnterprises", RegistryKind.INNOVATION_ENTITY, "enterprise"));
    }

    @Override
    public List<AttributeDefinition> taskAttributes() {
        return List.of(
                TEXTS.attribute(IctRules.FIELD, ENUM, true, "FIVE_G", "AI", "CLOUD_DATA", "SMART_CITY", "BEIDOU",
                        "DIGITAL_TRADE"),
                TEXTS.attribute(IctRules.PILOT_CITIES, STRING, false),
                TEXTS.attribute(IctRules.PILOTS, INTEGER, false),
                TEXTS.attribute(IctRules.DATA_ASSESSED, BOOLEAN, false),
                TEXTS.attribute("cooperationDocument", STRING, false));
    }

    @Override
    public List<AttributeDefinition> itemAttributes() {
        return List.of(
                TEXTS.attribute("applicationScenario", STRING, false),
                TEXTS.attribute(IctRules.DATA_EXPORT, BOOLEAN, false));
    }

    @Override
    public List<ValidationRule> rules() {
        return IctRules.all();
    }
}
