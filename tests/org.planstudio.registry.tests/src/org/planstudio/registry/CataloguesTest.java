package org.planstudio.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.RegistryKind;

class CataloguesTest {

    @Test
    void platformTypesHaveCodesAndBothLabels() {
        List<String> codes = ItemTypes.of(RegistryKind.PLATFORM).stream().map(ItemType::code).toList();

        assertEquals(List.of("joint_laboratory", "joint_research_centre", "international_science_park",
                "overseas_service_platform", "international_cooperation_base", "technology_transfer_centre", "other"),
                codes);
        ItemType lab = ItemTypes.byCode(RegistryKind.PLATFORM, "joint_laboratory").orElseThrow();
        assertEquals("联合实验室", lab.zh());
        assertEquals("Joint laboratory", lab.en());
        assertEquals("联合实验室", lab.label(Locale.CHINA));
    }

    @Test
    void everyTypeOfEveryRegistryIsLabelledInBothLanguages() {
        for (RegistryKind kind : RegistryKind.values()) {
            assertTrue(ItemTypes.of(kind).size() >= 5, kind.name());
            for (ItemType type : ItemTypes.of(kind)) {
                assertTrue(!type.zh().equals(type.code()) && !type.en().equals(type.code()), type.toString());
                assertTrue(type.zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        type.toString());
            }
        }
    }

    @Test
    void typesAreFoundByCodeOrEitherLabel() {
        assertEquals("university", ItemTypes.find(RegistryKind.INNOVATION_ENTITY, "高校").orElseThrow().code());
        assertEquals("park_operator", ItemTypes.find(RegistryKind.INNOVATION_ENTITY, "Park Operator").orElseThrow().code());
        assertEquals("medicine_health", ItemTypes.find(RegistryKind.EXPERT, "医药健康").orElseThrow().code());
        assertEquals("technology_transfer_centre",
                ItemTypes.find(RegistryKind.PLATFORM, "TECHNOLOGY-TRANSFER-CENTRE").orElseThrow().code());
        assertEquals(Optional.empty(), ItemTypes.find(RegistryKind.PLATFORM, "高校"), "a type of another registry");
        assertEquals("custom_code", ItemTypes.label(RegistryKind.PLATFORM, "custom_code", Locale.ENGLISH));
    }

    @Test
    void statusesParseFromCodesLabelsAndUsualWords() {
        assertEquals(Optional.of(ItemStatus.ACTIVE), ItemStatuses.parse("ACTIVE"));
        assertEquals(Optional.of(ItemStatus.ACTIVE), ItemStatuses.parse("运行中"));
        assertEquals(Optional.of(ItemStatus.ACTIVE), ItemStatuses.parse("实施中"));
        assertEquals(Optional.of(ItemStatus.COMPLETED), ItemStatuses.parse("Completed"));
        assertEquals(Optional.of(ItemStatus.CANCELLED), ItemStatuses.parse("canceled"));
        assertEquals(Optional.of(ItemStatus.PLANNED), ItemStatuses.parse("筹建中"));
        assertEquals(Optional.empty(), ItemStatuses.parse("maybe"));
        assertEquals("已暂停", ItemStatuses.label(ItemStatus.SUSPENDED, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Suspended", ItemStatuses.label(ItemStatus.SUSPENDED, Locale.ENGLISH));
    }

    @Test
    void registryKindsParseFromSheetNamesAndKnowTheirFeature() {
        assertEquals(Optional.of(RegistryKind.PLATFORM), RegistryKinds.parse("平台"));
        assertEquals(Optional.of(RegistryKind.JOINT_PROJECT), RegistryKinds.parse("Joint projects"));
        assertEquals(Optional.of(RegistryKind.INNOVATION_ENTITY), RegistryKinds.parse("创新主体"));
        assertEquals(Optional.of(RegistryKind.EXPERT), RegistryKinds.parse("专家库"));
        assertEquals(Optional.empty(), RegistryKinds.parse("说明"));
        assertEquals(PlanPackage.Literals.PLAN__EXPERTS, RegistryKinds.planFeature(RegistryKind.EXPERT));
        assertEquals(Optional.of(RegistryKind.JOINT_PROJECT),
                RegistryKinds.of(PlanPackage.Literals.JOINT_PROJECT));
    }
}
