package org.planstudio.compare.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.compare.ChangeKind;
import org.planstudio.compare.Comparison;
import org.planstudio.compare.ElementChange;
import org.planstudio.compare.FieldChange;
import org.planstudio.compare.Version;
import org.planstudio.merge.PlanDifference;
import org.planstudio.merge.ValueDifference;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.ElementLabels;
import org.planstudio.model.text.Texts;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * One comparison: indexes both versions by id, decides each element's kinds (a move is a change of
 * owner, or of order among the siblings both versions share, found as what lies outside their longest
 * common subsequence), takes its value differences from the merge bundle, and orders the result as
 * the plan reads.
 */
public final class Differ {

    private final Index before;
    private final Index after;
    private final Locale locale;
    private final CompareTexts texts;
    private final ModelNames names;
    private final Set<String> reordered = new HashSet<>();

    public Differ(Plan before, Plan after, Locale locale) {
        this.before = new Index(before);
        this.after = new Index(after);
        this.locale = locale;
        this.texts = CompareTexts.of(locale);
        this.names = new ModelNames(locale);
        findReordered();
    }

    public Comparison compare(Version from, Version to) {
        List<String> order = planOrder();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        List<ElementChange> changes = new ArrayList<>();
        for (String id : order) {
            element(id).ifPresent(changes::add);
        }
        // A link is read under its source; links whose source is gone keep their own place.
        changes.sort(Comparator.comparingInt((ElementChange c) -> position.getOrDefault(c.anchorId(), position.get(c.elementId())))
                .thenComparingInt(c -> c.anchorId().equals(c.elementId()) ? 0 : 1)
                .thenComparingInt(c -> position.get(c.elementId())));
        Plan plan = after.plan();
        return new Comparison(plan.getId(), Texts.label(plan.getTitle(), locale), from, to, locale, changes);
    }

    private Optional<ElementChange> element(String id) {
        EObject was = before.get(id);
        EObject is = after.get(id);
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        List<FieldChange> fields = new ArrayList<>();
        if (was == null) {
            kinds.add(ChangeKind.ADDED);
        } else if (is == null) {
            kinds.add(ChangeKind.REMOVED);
        } else if (was.eContainer() != null && is.eContainer() != null && moved(id)) {
            kinds.add(ChangeKind.MOVED);
            TextMarking.Pair places = TextMarking.mark(place(before, id), place(after, id), TextMarking.Grain.WHOLE);
            fields.add(new FieldChange(FieldChange.PLACE, texts.get("field.place"), places.before(), places.after()));
        }
        EObject current = is != null ? is : was;
        for (ValueDifference value : PlanDifference.values(was, is, locale)) {
            fields.add(field(current, value));
        }
        if (was != null && is != null && fields.size() > (kinds.contains(ChangeKind.MOVED) ? 1 : 0)) {
            kinds.add(ChangeKind.CHANGED);
        }
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        Index side = is != null ? after : before;
        return Optional.of(new ElementChange(id, current.eClass().getName(), label(current), context(side, id),
                anchor(current), kinds, fields));
    }

    private FieldChange field(EObject element, ValueDifference value) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature(value.feature());
        String name = feature == null ? value.featurePath() : names.feature(feature);
        String path = value.featurePath();
        int bracket = path.indexOf(".translations[");
        if (bracket >= 0) {
            String language = path.substring(bracket + ".translations[".length(), path.length() - 1);
            name = texts.get("field.translation", name, Locale.forLanguageTag(language).getDisplayLanguage(locale));
        }
        String was = value.before().map(v -> readable(feature, v)).orElse(null);
        String is = value.after().map(v -> readable(feature, v)).orElse(null);
        TextMarking.Grain grain = path.endsWith(".zh") ? TextMarking.Grain.CHARACTER
                : bracket >= 0 ? TextMarking.Grain.WORD : TextMarking.Grain.WHOLE;
        TextMarking.Pair marked = TextMarking.mark(was, is, grain);
        return new FieldChange(path, name, marked.before(), marked.after());
    }

    /** Enumeration literals and yes/no as the editor shows them. */
    private String readable(EStructuralFeature feature, String value) {
        if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum type) {
            return names.literal(type, value);
        }
        if (feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == boolean.class) {
            return texts.get(Boolean.parseBoolean(value) ? "value.yes" : "value.no");
        }
        return value;
    }

    private String label(EObject element) {
        if (element instanceof TraceLink link) {
            String kind = link.getKind() == null ? "" : names.literal(PlanPackage.Literals.TRACE_KIND, link.getKind().getName());
            return texts.get("link.label", kind, link.getSource() == null ? "?" : ElementLabels.text(link.getSource(), locale),
                    link.getTarget() == null ? "?" : ElementLabels.text(link.getTarget(), locale));
        }
        return ElementLabels.text(element, locale);
    }

    private String anchor(EObject element) {
        if (element instanceof TraceLink link && link.getSource() != null && link.getSource().getId() != null) {
            return link.getSource().getId();
        }
        return EcoreUtil.getID(element);
    }

    /** Where the element sits, for a reader: the list it is in and its owners, without the plan itself. */
    private String context(Index side, String id) {
        List<String> parts = new ArrayList<>();
        EObject element = side.get(id);
        EObject owner = element.eContainer();
        while (owner != null && owner.eContainer() != null) {
            parts.add(0, ElementLabels.text(owner, locale));
            element = owner;
            owner = owner.eContainer();
        }
        if (owner != null && element.eContainingFeature() != null && side.get(id).eContainer() != null) {
            parts.add(0, names.feature(element.eContainingFeature()));
        }
        return String.join(" / ", parts);
    }

    private String place(Index side, String id) {
        EObject element = side.get(id);
        EObject owner = element.eContainer();
        String where = owner == null || owner.eContainer() == null
                ? names.feature(element.eContainingFeature())
                : ElementLabels.text(owner, locale);
        return texts.get("place", where, side.positionOf(id) + 1);
    }

    private boolean moved(String id) {
        EObject was = before.get(id);
        EObject is = after.get(id);
        String wasOwner = EcoreUtil.getID(was.eContainer());
        String isOwner = EcoreUtil.getID(is.eContainer());
        return !wasOwner.equals(isOwner) || was.eContainingFeature() != is.eContainingFeature() || reordered.contains(id);
    }

    /** Siblings both versions share whose order differs: those outside the longest common subsequence moved. */
    private void findReordered() {
        for (Map.Entry<String, List<String>> list : before.lists().entrySet()) {
            List<String> now = after.lists().get(list.getKey());
            if (now == null) {
                continue;
            }
            Set<String> shared = new HashSet<>(list.getValue());
            shared.retainAll(now);
            List<String> was = list.getValue().stream().filter(shared::contains).toList();
            List<String> is = now.stream().filter(shared::contains).toList();
            if (!was.equals(is)) {
                for (AbstractDelta<String> delta : DiffUtils.diff(was, is).getDeltas()) {
                    reordered.addAll(delta.getTarget().getLines());
                }
            }
        }
    }

    /**
     * The later version's elements in reading order, each removed element after the element that
     * preceded it in the earlier version (or first, if nothing did).
     */
    private List<String> planOrder() {
        List<String> order = new ArrayList<>(after.ids());
        String previous = null;
        for (String id : before.ids()) {
            if (after.get(id) != null) {
                previous = id;
                continue;
            }
            int at = previous == null ? 0 : order.indexOf(previous) + 1;
            order.add(at, id);
            previous = id;
        }
        return order;
    }

    /** One version indexed by element id, and its containment lists of identified elements. */
    private static final class Index {
        private final Plan plan;
        private final Map<String, EObject> byId = new LinkedHashMap<>();
        private final Map<String, List<String>> lists = new LinkedHashMap<>();
        private final Map<String, Integer> positions = new HashMap<>();

        Index(Plan plan) {
            this.plan = plan;
            byId.put(plan.getId(), plan);
            plan.eAllContents().forEachRemaining(element -> {
                String id = element.eClass().getEIDAttribute() == null ? null : EcoreUtil.getID(element);
                if (id == null) {
                    return;
                }
                if (byId.putIfAbsent(id, element) != null) {
                    throw new IllegalArgumentException("Plan " + plan.getId() + " has two elements with id " + id);
                }
                EReference feature = element.eContainmentFeature();
                List<String> siblings = lists.computeIfAbsent(EcoreUtil.getID(element.eContainer()) + "#" + feature.getName(),
                        k -> new ArrayList<>());
                positions.put(id, siblings.size());
                siblings.add(id);
            });
        }

        Plan plan() {
            return plan;
        }

        EObject get(String id) {
            return byId.get(id);
        }

        Collection<String> ids() {
            return byId.keySet();
        }

        Map<String, List<String>> lists() {
            return lists;
        }

        int positionOf(String id) {
            return positions.getOrDefault(id, 0);
        }
    }
}
