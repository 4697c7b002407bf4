package org.planstudio.merge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.merge.Conflict;
import org.planstudio.merge.Conflict.Kind;
import org.planstudio.merge.Dropped;
import org.planstudio.merge.Side;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.ElementLabels;

/**
 * One run of the three-way merge. The result is built anew: every surviving element is a copy of
 * its theirs (or, where only mine has it, mine) version with mine's changes applied value by
 * value; then each element is put where the merged place says, in the merged order; then
 * references are set by target id. Conflicts are settled by {@code choices}, THEIRS by default.
 */
public final class Merger {

    public record Outcome(Plan plan, List<Conflict> conflicts, List<Dropped> dropped) {
    }

    private enum Fate {
        BOTH, MINE_ONLY, THEIRS_ONLY, GONE
    }

    private final Version base;
    private final Version mine;
    private final Version theirs;
    private final Locale locale;
    private final Map<String, Side> choices;
    private final Changes mineChanges;
    private final Changes theirsChanges;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<Dropped> dropped = new ArrayList<>();
    private final Map<String, Fate> fates = new HashMap<>();
    private final Map<String, EObject> result = new LinkedHashMap<>();
    private final Map<String, Optional<Place>> places = new HashMap<>();

    public Merger(Plan base, Plan mine, Plan theirs, Locale locale, Map<String, Side> choices) {
        this.base = new Version(base);
        this.mine = new Version(mine);
        this.theirs = new Version(theirs);
        this.locale = Objects.requireNonNull(locale, "locale");
        this.choices = Objects.requireNonNull(choices, "choices");
        this.mineChanges = new Changes(this.base, this.mine);
        this.theirsChanges = new Changes(this.base, this.theirs);
    }

    public Outcome run() {
        String root = theirs.plan().getId();
        Set<String> ids = new LinkedHashSet<>();
        theirs.ids().forEach(ids::add);
        mine.ids().forEach(ids::add);
        base.ids().forEach(ids::add);
        for (String id : ids) {
            if (fate(id) != Fate.GONE) {
                result.put(id, build(id));
            }
        }
        for (String id : ids) {
            if (result.containsKey(id) && !id.equals(root)) {
                places.put(id, place(id));
            }
        }
        keepReachable(root);
        References references = new References(this);
        if (references.dropUnsatisfiable()) {
            keepReachable(root);
        }
        assembleContainment();
        references.set();
        return new Outcome((Plan) result.get(root), List.copyOf(conflicts), List.copyOf(dropped));
    }

    private Fate fate(String id) {
        Fate known = fates.get(id);
        if (known != null) {
            return known;
        }
        boolean inBase = base.has(id);
        boolean inMine = mine.has(id);
        boolean inTheirs = theirs.has(id);
        Fate fate;
        if (inMine && inTheirs) {
            fate = Fate.BOTH;
        } else if (!inBase) {
            fate = inMine ? Fate.MINE_ONLY : Fate.THEIRS_ONLY;
        } else if (!inMine && !inTheirs) {
            fate = Fate.GONE;
        } else if (!inMine) {
            // Below a deleted element only the topmost deletion is a question; its subtree follows it.
            String owner = theirs.place(id).orElseThrow().ownerId();
            if (base.has(owner) && !mine.has(owner) && theirs.has(owner)) {
                fate = fate(owner) == Fate.GONE ? Fate.GONE : Fate.THEIRS_ONLY;
            } else if (theirsChanges.changedDeep(id)) {
                fate = choose(Kind.DELETED_BY_MINE, id, "", label(base.get(id)), Optional.empty(),
                        label(theirs.get(id))) == Side.MINE ? Fate.GONE : Fate.THEIRS_ONLY;
            } else {
                fate = Fate.GONE;
            }
        } else {
            String owner = mine.place(id).orElseThrow().ownerId();
            if (base.has(owner) && mine.has(owner) && !theirs.has(owner)) {
                fate = fate(owner) == Fate.GONE ? Fate.GONE : Fate.MINE_ONLY;
            } else if (mineChanges.changedDeep(id)) {
                fate = choose(Kind.DELETED_BY_THEIRS, id, "", label(base.get(id)), label(mine.get(id)),
                        Optional.empty()) == Side.MINE ? Fate.MINE_ONLY : Fate.GONE;
            } else {
                fate = Fate.GONE;
            }
        }
        fates.put(id, fate);
        return fate;
    }

    private EObject build(String id) {
        Fate fate = fates.get(id);
        EObject source = fate == Fate.MINE_ONLY ? mine.get(id) : theirs.get(id);
        EObject copy = shallowCopy(source);
        EObject m = mine.get(id);
        if (fate != Fate.BOTH || m.eClass() != source.eClass()) {
            return copy;
        }
        EObject b = base.get(id);
        if (b != null && b.eClass() != source.eClass()) {
            b = null;
        }
        for (Slot slot : Slots.of(source.eClass(), b, m, source)) {
            Object inBase = slot.canonical(b);
            Object inMine = slot.canonical(m);
            Object inTheirs = slot.canonical(source);
            if (Objects.equals(inMine, inBase)) {
                continue;
            }
            if (Objects.equals(inTheirs, inBase) || Objects.equals(inTheirs, inMine)
                    || choose(Kind.CHANGED_BOTH, id, slot.path(), slot.display(b), slot.display(m),
                            slot.display(source)) == Side.MINE) {
                slot.copy(m, copy);
            }
        }
        return copy;
    }

    /** Attributes and value objects; identified children and references are set later, by id. */
    private static EObject shallowCopy(EObject source) {
        EObject copy = EcoreUtil.create(source.eClass());
        copy.eSet(source.eClass().getEIDAttribute(), EcoreUtil.getID(source));
        for (EStructuralFeature feature : Model.features(source.eClass())) {
            if (!source.eIsSet(feature) || Model.holdsIdentified(feature) || Model.isCrossReference(feature)) {
                continue;
            }
            Object value = source.eGet(feature);
            if (feature instanceof EReference) {
                value = feature.isMany() ? EcoreUtil.copyAll((List<?>) value) : EcoreUtil.copy((EObject) value);
            }
            copy.eSet(feature, value);
        }
        return copy;
    }

    private Optional<Place> place(String id) {
        Optional<Place> inBase = base.place(id);
        Optional<Place> inMine = mine.place(id);
        Optional<Place> inTheirs = theirs.place(id);
        Optional<Place> chosen;
        Optional<Place> other;
        switch (fates.get(id)) {
        case MINE_ONLY -> {
            chosen = inMine;
            other = Optional.empty();
        }
        case THEIRS_ONLY -> {
            chosen = inTheirs;
            other = Optional.empty();
        }
        default -> {
            if (inMine.equals(inBase) || inMine.equals(inTheirs)) {
                chosen = inTheirs;
                other = inMine;
            } else if (inTheirs.equals(inBase)) {
                chosen = inMine;
                other = inTheirs;
            } else {
                Side side = choose(Kind.MOVED_BOTH, id, "", placeLabel(inBase), placeLabel(inMine),
                        placeLabel(inTheirs));
                chosen = side == Side.MINE ? inMine : inTheirs;
                other = side == Side.MINE ? inTheirs : inMine;
            }
        }
        }
        // The chosen owner may be gone (its deletion won); then the element stays where the other side has it.
        for (Optional<Place> candidate : List.of(chosen, other, inBase)) {
            if (candidate.isPresent() && result.containsKey(candidate.get().ownerId())) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private void keepReachable(String root) {
        Map<String, Boolean> reachable = new HashMap<>();
        for (String id : new ArrayList<>(result.keySet())) {
            if (!reachable(id, root, reachable, new HashSet<>())) {
                result.remove(id);
            }
        }
        places.keySet().retainAll(result.keySet());
    }

    private boolean reachable(String id, String root, Map<String, Boolean> known, Set<String> visiting) {
        if (id.equals(root)) {
            return true;
        }
        Boolean answer = known.get(id);
        if (answer != null) {
            return answer;
        }
        boolean ok = false;
        // visiting guards against a cycle made of two moves (A under B on one side, B under A on the other)
        if (visiting.add(id)) {
            Optional<Place> place = places.getOrDefault(id, Optional.empty());
            ok = place.isPresent() && result.containsKey(place.get().ownerId())
                    && reachable(place.get().ownerId(), root, known, visiting);
        }
        known.put(id, ok);
        return ok;
    }

    private void assembleContainment() {
        Map<Place, List<String>> assigned = new LinkedHashMap<>();
        places.forEach((id, place) -> place.ifPresent(p -> assigned.computeIfAbsent(p, k -> new ArrayList<>()).add(id)));
        for (Map.Entry<Place, List<String>> entry : assigned.entrySet()) {
            String ownerId = entry.getKey().ownerId();
            EObject owner = result.get(ownerId);
            EStructuralFeature feature = owner.eClass().getEStructuralFeature(entry.getKey().feature());
            if (!(feature instanceof EReference reference) || !reference.isContainment()) {
                continue; // cannot happen with one model on all sides
            }
            List<String> order = order(ownerId, reference);
            List<String> children = new ArrayList<>(entry.getValue());
            children.sort((a, b) -> Integer.compare(rank(order, a), rank(order, b)));
            if (reference.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) owner.eGet(reference);
                children.forEach(c -> list.add(result.get(c)));
            } else {
                owner.eSet(reference, result.get(children.get(0)));
            }
        }
    }

    private static int rank(List<String> order, String id) {
        int index = order.indexOf(id);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private List<String> order(String ownerId, EReference reference) {
        List<String> b = base.children(ownerId, reference);
        List<String> m = mine.children(ownerId, reference);
        List<String> t = theirs.children(ownerId, reference);
        ListMerge.Result merged = ListMerge.merge(b, m, t, false);
        if (merged.clash() && choose(Kind.REORDERED_BOTH, ownerId, reference.getName(), labels(b), labels(m),
                labels(t)) == Side.MINE) {
            merged = ListMerge.merge(b, m, t, true);
        }
        return merged.ids();
    }

    // ---- shared with References ----

    Version base() {
        return base;
    }

    Version mine() {
        return mine;
    }

    Version theirs() {
        return theirs;
    }

    Map<String, EObject> result() {
        return result;
    }

    boolean onlyMine(String id) {
        return fates.get(id) == Fate.MINE_ONLY;
    }

    boolean onlyTheirs(String id) {
        return fates.get(id) == Fate.THEIRS_ONLY;
    }

    void drop(String id, String feature, String targetId, boolean elementRemoved) {
        dropped.add(new Dropped(id, labelOf(id), feature, targetId, elementRemoved));
    }

    /** Records a conflict and returns how it is settled in this run. */
    Side choose(Kind kind, String id, String path, Optional<String> inBase, Optional<String> inMine,
            Optional<String> inTheirs) {
        String key = id + "|" + kind.name() + "|" + path;
        EObject element = theirs.has(id) ? theirs.get(id) : mine.has(id) ? mine.get(id) : base.get(id);
        conflicts.add(new Conflict(key, kind, id, element.eClass().getName(), labelOf(id), path, inBase, inMine,
                inTheirs));
        return choices.getOrDefault(key, Side.THEIRS);
    }

    String labelOf(String id) {
        for (Version version : List.of(theirs, mine, base)) {
            if (version.has(id)) {
                return ElementLabels.text(version.get(id), locale);
            }
        }
        return id;
    }

    Optional<String> labels(List<String> ids) {
        return ids.isEmpty() ? Optional.empty()
                : Optional.of(String.join(", ", ids.stream().map(this::labelOf).toList()));
    }

    private Optional<String> label(EObject element) {
        return element == null ? Optional.empty() : Optional.of(ElementLabels.text(element, locale));
    }

    private Optional<String> placeLabel(Optional<Place> place) {
        return place.map(p -> labelOf(p.ownerId()) + " / " + p.feature());
    }
}
