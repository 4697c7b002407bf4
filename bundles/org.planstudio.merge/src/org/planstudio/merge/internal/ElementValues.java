package org.planstudio.merge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.merge.ValueDifference;
import org.planstudio.model.text.ElementLabels;

/** The two-way difference behind {@link org.planstudio.merge.PlanDifference}: the merge's slots, compared once. */
public final class ElementValues {

    private ElementValues() {
    }

    public static List<ValueDifference> differences(EObject before, EObject after, Locale locale) {
        EClass eClass = (before != null ? before : after).eClass();
        List<ValueDifference> differences = new ArrayList<>();
        // Slots.of takes the versions that exist (it reads keyed list items from them).
        EObject[] present = java.util.stream.Stream.of(before, after).filter(Objects::nonNull).toArray(EObject[]::new);
        for (Slot slot : Slots.of(eClass, present)) {
            Object was = before == null ? null : slot.canonical(before);
            Object is = after == null ? null : slot.canonical(after);
            if (Objects.equals(was, is)) {
                continue;
            }
            Optional<String> wasText = before == null ? Optional.empty() : slot.display(before);
            Optional<String> isText = after == null ? Optional.empty() : slot.display(after);
            if (!wasText.equals(isText)) {
                differences.add(new ValueDifference(slot.path(), wasText, isText, List.of(), List.of()));
            }
        }
        for (EStructuralFeature feature : Model.features(eClass)) {
            if (Model.isCrossReference(feature)) {
                EReference reference = (EReference) feature;
                List<EObject> was = before == null ? List.of() : Model.objects(before, reference);
                List<EObject> is = after == null ? List.of() : Model.objects(after, reference);
                List<String> wasIds = ids(was);
                List<String> isIds = ids(is);
                if (!wasIds.equals(isIds)) {
                    differences.add(new ValueDifference(reference.getName(), labels(was, locale), labels(is, locale),
                            wasIds, isIds));
                }
            }
        }
        return differences;
    }

    private static List<String> ids(List<EObject> targets) {
        return targets.stream().map(EcoreUtil::getID).toList();
    }

    private static Optional<String> labels(List<EObject> targets, Locale locale) {
        return targets.isEmpty() ? Optional.empty()
                : Optional.of(String.join("zh".equals(locale.getLanguage()) ? "\u3001" : ", ", targets.stream().map(t -> ElementLabels.text(t, locale)).toList()));
    }
}
