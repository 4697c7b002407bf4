package org.planstudio.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.Translation;

/** Turns element, registry-item and link rows into {@link Snapshot}s: the fields a person would name. */
final class Snapshots {

    /** The features whose Chinese (else English) text names an element, in order of preference. */
    private static final List<String> LABELS = List.of("title", "name", "label", "shortTitle", "text", "summary");

    private Snapshots() {
    }

    static Snapshot of(ElementRow row) throws IOException {
        if (!(PlanPackage.eINSTANCE.getEClassifier(row.kind()) instanceof EClass type)) {
            throw new IOException("the model has no class " + row.kind());
        }
        EObject element = EcoreUtil.create(type);
        List<ElementCodec.Reference> references = new ArrayList<>();
        ElementCodec.decode(row.data(), element, references);
        Map<EObject, Map<EReference, List<String>>> ids = new IdentityHashMap<>();
        for (ElementCodec.Reference reference : references) {
            ids.computeIfAbsent(reference.owner(), k -> new HashMap<>()).put(reference.feature(), reference.ids());
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (row.parentId() != null) {
            values.put("container", row.parentId() + "." + row.feature());
        }
        values.put("position", Integer.toString(row.position() + 1));
        Set<String> single = new java.util.HashSet<>();
        for (EStructuralFeature feature : ElementCodec.features(type)) {
            String name = feature.getName();
            if (feature instanceof EReference reference && !reference.isContainment()) {
                List<String> targets = ids.getOrDefault(element, Map.of()).get(reference);
                if (reference.isMany()) {
                    values.put(name, targets == null ? null : targets.toString());
                } else {
                    values.put(name, targets == null ? null : targets.get(0));
                    single.add(name);
                }
            } else if (!feature.isMany() && element.eGet(feature) instanceof LocalizedText text) {
                putText(values, name, text);
            } else {
                values.put(name, element.eIsSet(feature) ? render(element, feature, ids) : null);
            }
        }
        return new Snapshot(row.id(), row.kind(), label(element), values, single);
    }

    static Snapshot of(ItemRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("position", Integer.toString(row.position() + 1));
        values.put("type", row.type());
        values.put("status", row.status());
        values.put("hostOrganization", row.hostOrganizationId());
        values.put("startDate", row.startDate() == null ? null : row.startDate().toString());
        values.put("endDate", row.endDate() == null ? null : row.endDate().toString());
        values.put("budget", row.budget());
        values.put("creditCode", row.creditCode());
        values.put("affiliation", row.affiliation());
        for (Map.Entry<String, TextRow> text : new TreeMap<>(row.texts()).entrySet()) {
            putText(values, text.getKey(), text.getValue());
        }
        values.put("partnerCountries", row.partnerCountryIds().toString());
        values.put("participants", row.participantIds().toString());
        values.put("attributes", row.attributes().stream().map(a -> a.key() + "=" + a.value()).toList().toString());
        String label = null;
        for (String feature : LABELS) {
            TextRow text = row.texts().get(feature);
            if (text != null && label == null) {
                label = text.zh() != null && !text.zh().isBlank() ? text.zh()
                        : text.translations().stream().map(TextRow.TranslationRow::text).findFirst().orElse(null);
            }
        }
        return new Snapshot(row.id(), "RegistryItem." + row.kind().getName(), label == null ? row.id() : label, values,
                Set.of("hostOrganization"));
    }

    static Snapshot of(LinkRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("position", Integer.toString(row.position() + 1));
        values.put("kind", row.kind());
        values.put("source", row.sourceId());
        values.put("target", row.targetId());
        values.put("suspect", Boolean.toString(row.suspect()));
        row.rationale().ifPresent(text -> putText(values, LinkRow.RATIONALE, text));
        return new Snapshot(row.id(), "TraceLink", row.kind() + ": " + row.sourceId() + " → " + row.targetId(),
                values, Set.of("source", "target"));
    }

    private static void putText(Map<String, String> values, String feature, LocalizedText text) {
        values.put(feature + "[zh]", text.getZh());
        for (Translation translation : text.getTranslations()) {
            values.put(feature + "[" + translation.getLanguage() + "]", translation.getText());
        }
    }

    private static void putText(Map<String, String> values, String feature, TextRow text) {
        values.put(feature + "[zh]", text.zh());
        for (TextRow.TranslationRow translation : text.translations()) {
            values.put(feature + "[" + translation.language() + "]", translation.text());
        }
    }

    private static String label(EObject element) {
        for (String name : LABELS) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
            if (feature != null && !feature.isMany() && element.eGet(feature) instanceof LocalizedText text) {
                if (text.getZh() != null && !text.getZh().isBlank()) {
                    return text.getZh();
                }
                for (Translation translation : text.getTranslations()) {
                    if (translation.getText() != null && !translation.getText().isBlank()) {
                        return translation.getText();
                    }
                }
            } else if (feature instanceof EAttribute && element.eGet(feature) instanceof String text
                    && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    /** A value that is not a text of its own: a literal, a list, or contained objects written out. */
    private static String render(EObject owner, EStructuralFeature feature, Map<EObject, Map<EReference, List<String>>> ids) {
        Object value = owner.eGet(feature);
        if (feature instanceof EAttribute attribute) {
            if (attribute.isMany()) {
                return ((List<?>) value).stream()
                        .map(v -> v == null ? "null" : EcoreUtil.convertToString(attribute.getEAttributeType(), v))
                        .toList().toString();
            }
            return value == null ? null : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
        }
        EReference reference = (EReference) feature;
        if (!reference.isContainment()) {
            List<String> targets = ids.getOrDefault(owner, Map.of()).get(reference);
            return targets == null ? null : reference.isMany() ? targets.toString() : targets.get(0);
        }
        if (reference.isMany()) {
            List<String> parts = new ArrayList<>();
            for (Object child : (List<?>) value) {
                parts.add(object((EObject) child, ids));
            }
            return parts.toString();
        }
        return value == null ? null : object((EObject) value, ids);
    }

    private static String object(EObject value, Map<EObject, Map<EReference, List<String>>> ids) {
        if (value instanceof LocalizedText text) {
            Map<String, String> texts = new LinkedHashMap<>();
            putText(texts, "", text);
            return texts.toString();
        }
        StringBuilder text = new StringBuilder(value.eClass().getName()).append('{');
        String separator = "";
        for (EStructuralFeature feature : ElementCodec.features(value.eClass())) {
            if (value.eIsSet(feature)) {
                text.append(separator).append(feature.getName()).append('=').append(render(value, feature, ids));
                separator = ", ";
            }
        }
        return text.append('}').toString();
    }

    static String labelOrId(Snapshot snapshot) {
        return snapshot.label() == null || snapshot.label().isBlank() ? snapshot.id() : snapshot.label();
    }
}
