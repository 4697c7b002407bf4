package org.planstudio.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.TranslationState;

/**
 * Finds the texts of a plan that a translator works on. Reflective over the model: every
 * {@link LocalizedText} with Chinese in it, wherever it is contained, so that a text added to
 * the model later is listed without a change here.
 */
public final class PlanTexts {

    private static final char SEPARATOR = '.';

    private PlanTexts() {
    }

    /** Every text with non-blank Chinese, in the plan's document order. */
    public static List<PlanText> all(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        List<PlanText> texts = new ArrayList<>();
        plan.eAllContents().forEachRemaining(object -> {
            if (object instanceof LocalizedText text && text.getZh() != null && !text.getZh().isBlank()) {
                owner(text).ifPresent(owner -> texts.add(new PlanText(owner.element(), owner.field(), text)));
            }
        });
        return texts;
    }

    /** The texts whose English is missing or outdated. */
    public static List<PlanText> needingTranslation(Plan plan) {
        return all(plan).stream().filter(t -> t.state() != TranslationState.CURRENT).toList();
    }

    public static TranslationFigure figure(Plan plan) {
        List<PlanText> texts = all(plan);
        int current = (int) texts.stream().filter(t -> t.state() == TranslationState.CURRENT).count();
        return new TranslationFigure(current, texts.size());
    }

    /** The text of this element and field now, if the element still exists and the field has Chinese. */
    public static Optional<PlanText> find(Plan plan, String elementId, String field) {
        return index(plan).find(elementId, field);
    }

    /** Looks many texts up by element id and field without walking the plan for each. */
    public static Index index(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        Map<String, Identified> byId = new HashMap<>();
        byId.putIfAbsent(plan.getId(), plan);
        plan.eAllContents().forEachRemaining(object -> {
            if (object instanceof Identified identified && identified.getId() != null) {
                byId.putIfAbsent(identified.getId(), identified);
            }
        });
        return new Index(byId);
    }

    /** Elements of a plan by id, and texts by element id and field path. */
    public static final class Index {

        private final Map<String, Identified> byId;

        private Index(Map<String, Identified> byId) {
            this.byId = byId;
        }

        public Optional<Identified> element(String elementId) {
            return Optional.ofNullable(byId.get(Objects.requireNonNull(elementId, "elementId")));
        }

        public Optional<PlanText> find(String elementId, String field) {
            Objects.requireNonNull(field, "field");
            return element(elementId).flatMap(element -> resolve(element, field))
                    .filter(text -> text.getZh() != null && !text.getZh().isBlank())
                    .map(text -> new PlanText(byId.get(elementId), field, text));
        }
    }

    private record Owner(Identified element, String field) {
    }

    // The path from the nearest element with an id down to the text: "title", "countingRule.description",
    // "attributes[2].label" (list positions only where the model holds id-less objects in a list).
    private static Optional<Owner> owner(LocalizedText text) {
        StringBuilder path = new StringBuilder();
        EObject child = text;
        EObject container = text.eContainer();
        while (container != null) {
            EReference feature = child.eContainmentFeature();
            String segment = feature.getName();
            if (feature.isMany()) {
                segment += "[" + ((List<?>) container.eGet(feature)).indexOf(child) + "]";
            }
            path.insert(0, path.length() == 0 ? segment : segment + SEPARATOR);
            if (container instanceof Identified identified && identified.getId() != null) {
                return Optional.of(new Owner(identified, path.toString()));
            }
            child = container;
            container = container.eContainer();
        }
        return Optional.empty();
    }

    private static Optional<LocalizedText> resolve(EObject element, String field) {
        EObject current = element;
        for (String segment : field.split("\\" + SEPARATOR, -1)) {
            if (current == null) {
                return Optional.empty();
            }
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            EStructuralFeature feature = current.eClass().getEStructuralFeature(name);
            if (!(feature instanceof EReference reference) || !reference.isContainment()) {
                return Optional.empty();
            }
            Object value = current.eGet(reference);
            if (reference.isMany()) {
                Optional<Integer> position = position(segment, bracket);
                List<?> list = (List<?>) value;
                if (position.isEmpty() || position.get() < 0 || position.get() >= list.size()) {
                    return Optional.empty();
                }
                value = list.get(position.get());
            } else if (bracket >= 0) {
                return Optional.empty();
            }
            // An element with an id is its own row; a path never passes through one.
            if (value instanceof Identified) {
                return Optional.empty();
            }
            current = (EObject) value;
        }
        return current instanceof LocalizedText text && current != element ? Optional.of(text) : Optional.empty();
    }

    private static Optional<Integer> position(String segment, int bracket) {
        if (bracket < 0 || !segment.endsWith("]")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
