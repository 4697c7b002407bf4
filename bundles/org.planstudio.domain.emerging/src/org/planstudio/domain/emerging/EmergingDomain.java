package org.planstudio.domain.emerging;

import static org.planstudio.domain.AttributeType.BOOLEAN;
import static org.planstudio.domain.AttributeType.DECIMAL;
import static org.planstudio.domain.AttributeType.ENUM;
import static org.planstudio.domain.AttributeType.INTEGER;

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

/** Emerging fields: new energy, new materials, aerospace, green and low-carbon technology. */
@Component(service = TaskDomain.class)
public final class EmergingDomain implements TaskDomain {

    static final DomainTexts TEXTS = DomainTexts.load(EmergingDomain.class, "domain");

    @Override
    public String id() {
        return "emerging";
    }

    @Override
    public Bilingual name() {
        return TEXTS.get("name");
    }

    @Override
    public Optional<URL> icon() {
        return Optional.ofNullable(EmergingDomain.class.getResource("/icons/emerging.png"));
    }

    @Override
    public List<TaskTemplate> templates() {
        return List.of(
                TEXTS.template("newEnergy", Map.of(EmergingRules.FIELD, "NEW_ENERGY")),
                TEXTS.template("newMaterials", Map.of(EmergingRules.FIELD, "NEW_MATERIALS")),
                TEXTS.template("aerospace", Map.of(EmergingRules.FIELD, "AEROSPACE")),
                TEXTS.template("greenTransfer", Map.of(EmergingRules.FIELD, "GREEN_LOW_CARBON")));
    }

    @Override
    public List<CatalogueIndicator> indicatorCatalogue() {
        return List.of(
                TEXTS.indicator("energyDemos", RegistryKind.JOINT_PROJECT, "demonstration"),
                TEXTS.indicator("materialsLabs", RegistryKind.PLATFORM, "joint_laboratory"),
                TEXTS.indicator("spaceCooperation", RegistryKind.PLATFORM, "joint_research_centre", "international_cooperation_base"),
                TEXTS.indicator("greenTransfers", RegistryKind.JOINT_PROJECT, "technology_transfer"));
    }

    @Override
    public List<AttributeDefinition> taskAttributes() {
        return List.of(
                TEXTS.attribute(EmergingRules.FIELD, ENUM, true, "NEW_ENERGY", "NEW_MATERIALS", "AEROSPACE",
                        "GREEN_LOW_CARBON"),
                TEXTS.attribute(EmergingRules.CARBON, DECIMAL, false),
                TEXTS.attribute("demonstrationProjects", INTEGER, false),
                TEXTS.attribute("internationalStandards", BOOLEAN, false));
    }

    @Override
    public List<AttributeDefinition> itemAttributes() {
        return List.of(
                TEXTS.attribute("installedCapacityMw", DECIMAL, false),
                TEXTS.attribute(EmergingRules.TRL, INTEGER, false));
    }

    @Override
    public List<ValidationRule> rules() {
        return EmergingRules.all();
    }
}
