package org.planstudio.model.links;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TraceKind;

/**
 * Which elements each kind of trace link joins. The model types source and target only as
 * Identified; these rules are what editors offer and what validation enforces.
 */
public record LinkRule(TraceKind kind, EClass sourceType, EClass targetType) {

    private static final PlanPackage P = PlanPackage.eINSTANCE;

    public static final List<LinkRule> ALL = List.of(
            new LinkRule(TraceKind.CONTRIBUTES_TO, P.getKeyTask(), P.getIndicator()),
            new LinkRule(TraceKind.GUIDED_BY, P.getKeyTask(), P.getPrinciple()),
            new LinkRule(TraceKind.SUPPORTS, P.getSafeguard(), P.getKeyTask()),
            new LinkRule(TraceKind.IMPLEMENTS, P.getRegistryItem(), P.getKeyTask()),
            new LinkRule(TraceKind.ABOUT, P.getComment(), P.getIdentified()));

    public LinkRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(targetType, "targetType");
    }

    public static Optional<LinkRule> of(TraceKind kind) {
        return ALL.stream().filter(rule -> rule.kind == kind).findFirst();
    }

    /** The rules under which an element of this type may be the source of a link. */
    public static List<LinkRule> from(EClass type) {
        return ALL.stream().filter(rule -> rule.sourceType.isSuperTypeOf(type)).toList();
    }

    public boolean accepts(EClass source, EClass target) {
        return sourceType.isSuperTypeOf(source) && targetType.isSuperTypeOf(target);
    }
}
