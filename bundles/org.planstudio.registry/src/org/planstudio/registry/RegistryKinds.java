package org.planstudio.registry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.registry.internal.Messages;
import org.planstudio.registry.internal.Words;

/** The four registries: their labels, the words a file may use for them, and where the plan keeps them. */
public final class RegistryKinds {

    private static final PlanPackage P = PlanPackage.eINSTANCE;

    // Words a "kind" column or a sheet name may hold besides the code and the two labels.
    private static final Map<RegistryKind, List<String>> ALIASES = Map.of(
            RegistryKind.PLATFORM, List.of("platforms", "平台", "平台库", "科技创新平台"),
            RegistryKind.JOINT_PROJECT, List.of("project", "projects", "jointprojects", "项目", "项目库", "联合项目",
                    "联合研发项目"),
            RegistryKind.INNOVATION_ENTITY, List.of("entity", "entities", "innovationentities", "主体", "主体库",
                    "创新主体"),
            RegistryKind.EXPERT, List.of("experts", "专家", "专家库"));

    private RegistryKinds() {
    }

    public static String label(RegistryKind kind, Locale locale) {
        return Messages.format(locale, "kind." + Objects.requireNonNull(kind, "kind").name());
    }

    /** The kind a file names by its code, either label or a usual synonym (平台, 专家库, projects …). */
    public static Optional<RegistryKind> parse(String text) {
        String word = Words.normalize(Objects.requireNonNull(text, "text"));
        if (word.isEmpty()) {
            return Optional.empty();
        }
        for (RegistryKind kind : RegistryKind.values()) {
            if (word.equals(Words.normalize(kind.name())) || word.equals(Words.normalize(label(kind, Locale.ENGLISH)))
                    || word.equals(Words.normalize(label(kind, Locale.SIMPLIFIED_CHINESE)))
                    || ALIASES.get(kind).stream().map(Words::normalize).anyMatch(word::equals)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public static EClass itemClass(RegistryKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case PLATFORM -> P.getPlatform();
            case JOINT_PROJECT -> P.getJointProject();
            case INNOVATION_ENTITY -> P.getInnovationEntity();
            case EXPERT -> P.getExpert();
        };
    }

    /** The containment of {@code Plan} that holds this registry's items. */
    public static EReference planFeature(RegistryKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case PLATFORM -> P.getPlan_Platforms();
            case JOINT_PROJECT -> P.getPlan_JointProjects();
            case INNOVATION_ENTITY -> P.getPlan_InnovationEntities();
            case EXPERT -> P.getPlan_Experts();
        };
    }

    public static Optional<RegistryKind> of(EClass itemClass) {
        Objects.requireNonNull(itemClass, "itemClass");
        for (RegistryKind kind : RegistryKind.values()) {
            if (itemClass(kind).isSuperTypeOf(itemClass)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
