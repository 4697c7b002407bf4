package org.planstudio.domain.agriculture;

import static org.planstudio.domain.AttributeType.DECIMAL;
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

/** Agriculture: demonstration bases, varieties introduced, technicians trained, smart farming. */
@Component(service = TaskDomain.class)
public final class AgricultureDomain implements TaskDomain {

    static final DomainTexts TEXTS = DomainTexts.load(AgricultureDomain.class, "domain");

    @Override
    public String id() {
        return "agriculture";
    }

    @Override
    public Bilingual name() {
        return TEXTS.get("name");
    }

    @Override
    public Optional<URL> icon() {
        return Optional.ofNullable(AgricultureDomain.class.getResource("/icons/agriculture.png"));
    }

    @Override
    public List<TaskTemplate> templates() {
        return List.of(
                TEXTS.template("demonstrationBase", Map.of(AgricultureRules.TYPE, "DEMONSTRATION_BASE")),
                TEXTS.template("varieties", Map.of(AgricultureRules.TYPE, "VARIETY_INTRODUCTION")),
                TEXTS.template("technicians", Map.of(AgricultureRules.TYPE, "TECHNICIAN_TRAINING")),
                TEXTS.template("smartFarming", Map.of(AgricultureRules.TYPE, "SMART_AGRICULTURE")));
    }

    @Override
    public List<CatalogueIndicator> indicatorCatalogue() {
        return List.of(
                TEXTS.indicator("demoBases", RegistryKind.PLATFORM, "international_cooperation_base"),
                TEXTS.indicator("varieties", RegistryKind.JOINT_PROJECT, "technology_transfer"),
                TEXTS.indicator("trainingCourses", RegistryKind.JOINT_PROJECT, "talent_exchange"),
                TEXTS.indicator("agriEntities", RegistryKind.INNOVATION_ENTITY, "enterprise", "research_institute"));
    }

    @Override
    public List<AttributeDefinition> taskAttributes() {
        return List.of(
                TEXTS.attribute(AgricultureRules.TYPE, ENUM, true, "DEMONSTRATION_BASE", "VARIETY_INTRODUCTION",
                        "TECHNICIAN_TRAINING", "SMART_AGRICULTURE"),
                TEXTS.attribute(AgricultureRules.AREA, DECIMAL, false),
                TEXTS.attribute(AgricultureRules.VARIETIES, INTEGER, false),
                TEXTS.attribute(AgricultureRules.TECHNICIANS, INTEGER, false),
                TEXTS.attribute(AgricultureRules.CROPS, STRING, false));
    }

    @Override
    public List<AttributeDefinition> itemAttributes() {
        return List.of(
                TEXTS.attribute("hectares", DECIMAL, false),
                TEXTS.attribute(AgricultureRules.YIELD, DECIMAL, false));
    }

    @Override
    public List<ValidationRule> rules() {
        return AgricultureRules.all();
    }
}
