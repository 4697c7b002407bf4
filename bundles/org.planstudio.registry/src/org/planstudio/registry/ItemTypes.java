package org.planstudio.registry;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.RegistryKind;
import org.planstudio.registry.internal.Messages;

/**
 * The item types of each registry. Codes are stable (they are stored); labels live in
 * {@code messages*.properties} under {@code type.<REGISTRY>.<code>}. For experts the type is
 * the expert's field.
 */
public final class ItemTypes {

    public static final String OTHER = "other";

    private static final Map<RegistryKind, List<String>> CODES = Map.of(
            RegistryKind.PLATFORM, List.of("joint_laboratory", "joint_research_centre", "international_science_park",
                    "overseas_service_platform", "international_cooperation_base", "technology_transfer_centre", OTHER),
            RegistryKind.JOINT_PROJECT, List.of("joint_research", "technology_transfer", "demonstration",
                    "talent_exchange", "innovation_activity", OTHER),
            RegistryKind.INNOVATION_ENTITY, List.of("enterprise", "university", "research_institute", "hospital",
                    "incubator", "park_operator", "social_organisation", OTHER),
            RegistryKind.EXPERT, List.of("information_technology", "medicine_health", "emerging_fields", "livelihood",
                    "agriculture", "policy_management", OTHER));

    private static final Map<RegistryKind, List<ItemType>> TYPES = load();

    private ItemTypes() {
    }

    public static List<ItemType> of(RegistryKind registry) {
        return TYPES.get(Objects.requireNonNull(registry, "registry"));
    }

    public static Optional<ItemType> byCode(RegistryKind registry, String code) {
        Objects.requireNonNull(code, "code");
        return of(registry).stream().filter(type -> type.code().equals(code)).findFirst();
    }

    /** The type whose code, Chinese or English label the text is. */
    public static Optional<ItemType> find(RegistryKind registry, String text) {
        Objects.requireNonNull(text, "text");
        return of(registry).stream().filter(type -> type.matches(text)).findFirst();
    }

    /** The label of a stored type code; the code itself when the catalogue does not know it. */
    public static String label(RegistryKind registry, String code, Locale locale) {
        return byCode(registry, code).map(type -> type.label(locale)).orElse(code);
    }

    private static Map<RegistryKind, List<ItemType>> load() {
        Map<RegistryKind, List<ItemType>> types = new EnumMap<>(RegistryKind.class);
        CODES.forEach((registry, codes) -> types.put(registry, codes.stream()
                .map(code -> new ItemType(registry, code, text(registry, code, Locale.SIMPLIFIED_CHINESE),
                        text(registry, code, Locale.ENGLISH)))
                .toList()));
        return types;
    }

    private static String text(RegistryKind registry, String code, Locale locale) {
        return Messages.find(locale, "type." + registry.name() + "." + code).orElse(code);
    }
}
