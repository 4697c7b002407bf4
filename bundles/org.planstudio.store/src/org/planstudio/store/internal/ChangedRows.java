package org.planstudio.store.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.check.PlanValidator;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;
import org.planstudio.store.StoreException;

/**
 * The rows a save must write, worked out from a {@link ChangeTracker}'s marks instead of from the
 * whole plan: only marked elements (and those whose position moved in a list that changed) are
 * encoded and fingerprinted, against the open rows the tracker keeps. The result is the same
 * diff {@link PlanSplitter} and the table writers would make. Whenever it cannot be sure of that
 * (an element without an id, two with one id, a link turning into a registry link, a reference
 * left pointing at a removed element, a value the store cannot hold) it gives up (empty), and
 * the caller makes a full save, which also reports what is wrong.
 */
final class ChangedRows {

    private enum Table { ELEMENT, ITEM, LINK }

    /** Rows to insert (fingerprints in the same order), keys to close, ids no longer open. */
    record Delta(String planId, String titleZh, String titleEn, Part<ElementRow> elements, Part<ItemRow> items,
            Part<LinkRow> links, long upTo) {

        boolean isEmpty() {
            return elements.isEmpty() && items.isEmpty() && links.isEmpty();
        }
    }

    /** One table's share of a delta. */
    record Part<T>(List<T> rows, List<String> fingerprints, Set<Long> closed, Set<String> gone) {

        Part() {
            this(new ArrayList<>(), new ArrayList<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        }

        boolean isEmpty() {
            return rows.isEmpty() && closed.isEmpty();
        }
    }

    private record Place(Table table, int position, String parentId, String feature) {
    }

    private static final Map<EClass, List<EReference>> REFERENCES = new java.util.concurrent.ConcurrentHashMap<>();

    private final Plan plan;
    private final ChangeTracker.Changes changes;
    private final OpenRows open;
    private final Map<ChangeTracker.ListKey, Map<EObject, Place>> places = new HashMap<>();
    private final Map<String, EObject> seenElements = new HashMap<>();
    private final Map<String, EObject> seenItems = new HashMap<>();
    private final Map<String, EObject> seenLinks = new HashMap<>();
    private final Map<String, List<ChangeTracker.Removed>> removedById = new HashMap<>();

    private ChangedRows(Plan plan, ChangeTracker.Changes changes) {
        this.plan = plan;
        this.changes = changes;
        this.open = changes.open();
    }

    static Optional<Delta> of(Plan plan, ChangeTracker.Changes changes) {
        if (plan.getId() == null || plan.getId().isBlank() || plan.eIsProxy()) {
            return Optional.empty();
        }
        try {
            return new ChangedRows(plan, changes).delta();
        } catch (StoreException | ElementCodec.NotStorable | RuntimeException e) {
            // The full save decides what the plan's problem is and reports it.
            return Optional.empty();
        }
    }

    private Optional<Delta> delta() throws StoreException, ElementCodec.NotStorable {
        Set<EObject> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
        candidates.addAll(changes.dirty());
        for (ChangeTracker.ListKey list : changes.reordered()) {
            if (attached(list.owner()) && !moved(list, candidates)) {
                return Optional.empty();
            }
        }
        Set<EObject> detached = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ChangeTracker.Removed removed : changes.removed()) {
            removedById.computeIfAbsent(removed.id(), k -> new ArrayList<>()).add(removed);
            if (attached(removed.element())) {
                if (!java.util.Objects.equals(removed.id(), ((Identified) removed.element()).getId())) {
                    return Optional.empty();
                }
            } else {
                detached.add(removed.element());
            }
        }
        Part<ElementRow> elements = new Part<>();
        Part<ItemRow> items = new Part<>();
        Part<LinkRow> links = new Part<>();
        List<EObject> written = new ArrayList<>();
        PlanScope scope = new PlanScope(plan);
        for (EObject element : candidates) {
            if (!attached(element)) {
                continue;
            }
            Optional<Place> place = place(element);
            if (place.isEmpty() || !acceptId(element, place.get().table())) {
                return Optional.empty();
            }
            written.add(element);
            Place at = place.get();
            switch (at.table()) {
                case ITEM -> {
                    RegistryItem item = (RegistryItem) element;
                    ItemRow row = RegistryMapping.toRow(item, RegistryMapping.kindOf(item).orElseThrow(), at.position(),
                            scope);
                    add(items, open.items.get(row.id()), row, row.sha256());
                }
                case LINK -> {
                    TraceLink link = (TraceLink) element;
                    LinkRow row = new LinkRow(link.getId(), link.getKind().getName(),
                            scope.idOf(link, link.getSource()), scope.idOf(link, link.getTarget()), link.isSuspect(),
                            at.position(), Optional.ofNullable(link.getRationale()).map(TextRow::of));
                    add(links, open.links.get(row.id()), row, row.sha256());
                }
                case ELEMENT -> {
                    ElementRow row = new ElementRow(((Identified) element).getId(), element.eClass().getName(),
                            at.parentId(), at.feature(), at.position(), ElementCodec.encode(element, this::idOf),
                            ElementOwner.of(element));
                    add(elements, open.elements.get(row.id()), row, row.sha256());
                }
                default -> throw new IllegalStateException(at.table().name());
            }
        }
        if (!PlanValidator.storable(plan, written).isEmpty()) {
            return Optional.empty();
        }
        if (!detached.isEmpty()) {
            if (refersTo(detached)) {
                return Optional.empty();
            }
            for (EObject gone : detached) {
                String id = ((Identified) gone).getId();
                String was = removedId(gone);
                close(gone, was == null ? id : was, elements, items, links);
            }
        }
        return Optional.of(new Delta(plan.getId(), Texts.zh(plan.getTitle()).orElse(""),
                Texts.en(plan.getTitle()).orElse(""), elements, items, links, changes.seq()));
    }

    private String removedId(EObject element) {
        for (ChangeTracker.Removed removed : changes.removed()) {
            if (removed.element() == element) {
                return removed.id();
            }
        }
        return null;
    }

    private void close(EObject gone, String id, Part<ElementRow> elements, Part<ItemRow> items, Part<LinkRow> links) {
        if (id == null) {
            return;
        }
        // An element put in its place with the same id already superseded (or kept) the row.
        if (!seenElements.containsKey(id) && open.elements.containsKey(id) && !(gone instanceof RegistryItem)) {
            elements.closed().add(open.elements.get(id).key());
            elements.gone().add(id);
        } else if (!seenItems.containsKey(id) && open.items.containsKey(id) && gone instanceof RegistryItem) {
            items.closed().add(open.items.get(id).key());
            items.gone().add(id);
        }
        if (!seenLinks.containsKey(id) && open.links.containsKey(id) && gone instanceof TraceLink) {
            links.closed().add(open.links.get(id).key());
            links.gone().add(id);
        }
    }

    private static <T> void add(Part<T> part, OpenRow current, T row, String sha256) {
        if (current != null && current.sameContent(sha256)) {
            return;
        }
        if (current != null) {
            part.closed().add(current.key());
        }
        part.rows().add(row);
        part.fingerprints().add(sha256);
    }

    /** Adds to {@code candidates} the children of a changed list that sit somewhere new; false if unsure. */
    private boolean moved(ChangeTracker.ListKey list, Set<EObject> candidates) {
        for (Map.Entry<EObject, Place> child : places(list.owner(), list.feature()).entrySet()) {
            Place place = child.getValue();
            String id = ((Identified) child.getKey()).getId();
            if (id == null) {
                return false;
            }
            OpenRow row = switch (place.table()) {
                case ELEMENT -> open.elements.get(id);
                case ITEM -> open.items.get(id);
                case LINK -> open.links.get(id);
            };
            if (row == null || !row.samePlace(place.position(), place.parentId(), place.feature())) {
                candidates.add(child.getKey());
            }
        }
        return true;
    }

    /** The children of one containment list that are rows, with their places, as PlanSplitter numbers them. */
    private Map<EObject, Place> places(EObject owner, EReference feature) {
        return places.computeIfAbsent(new ChangeTracker.ListKey(owner, feature), key -> {
            Map<EObject, Place> result = new IdentityHashMap<>();
            List<EObject> children = feature.isMany() ? asList(owner.eGet(feature))
                    : owner.eGet(feature) == null ? List.of() : List.of((EObject) owner.eGet(feature));
            String parentId = ((Identified) owner).getId();
            boolean registryList = owner == plan && isRegistryList(feature);
            boolean planLinks = owner == plan && feature == PlanPackage.Literals.PLAN__TRACE_LINKS;
            int kept = 0;
            for (int i = 0; i < children.size(); i++) {
                EObject child = children.get(i);
                if (registryList && child instanceof RegistryItem) {
                    result.put(child, new Place(Table.ITEM, i, null, null));
                } else if (planLinks && child instanceof TraceLink link && PlanSplitter.touchesRegistry(link)) {
                    result.put(child, new Place(Table.LINK, i, null, null));
                } else if (!(child instanceof RegistryItem)) {
                    result.put(child, new Place(Table.ELEMENT, kept++, parentId, feature.getName()));
                }
            }
            return result;
        });
    }

    private static boolean isRegistryList(EReference feature) {
        for (RegistryKind kind : RegistryKind.VALUES) {
            if (feature == registryFeature(kind)) {
                return true;
            }
        }
        return false;
    }

    private static EReference registryFeature(RegistryKind kind) {
        return switch (kind) {
            case PLATFORM -> PlanPackage.Literals.PLAN__PLATFORMS;
            case JOINT_PROJECT -> PlanPackage.Literals.PLAN__JOINT_PROJECTS;
            case INNOVATION_ENTITY -> PlanPackage.Literals.PLAN__INNOVATION_ENTITIES;
            case EXPERT -> PlanPackage.Literals.PLAN__EXPERTS;
        };
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> asList(Object value) {
        return (List<EObject>) value;
    }

    private Optional<Place> place(EObject element) {
        if (element == plan) {
            return Optional.of(new Place(Table.ELEMENT, 0, null, null));
        }
        EObject container = element.eContainer();
        EStructuralFeature feature = element.eContainingFeature();
        if (!(container instanceof Identified) || !(feature instanceof EReference reference)
                || !ElementCodec.holdsRows(reference) || reference.isTransient() || reference.isDerived()
                || container instanceof RegistryItem || isRegistryLink(container)) {
            return Optional.empty();
        }
        return Optional.ofNullable(places(container, reference).get(element));
    }

    /** Ids must be there and unique in their table, and an element must not change tables. */
    private boolean acceptId(EObject element, Table table) {
        String id = ((Identified) element).getId();
        if (id == null || id.isBlank()) {
            return false;
        }
        Map<String, EObject> seen = switch (table) {
            case ELEMENT -> seenElements;
            case ITEM -> seenItems;
            case LINK -> seenLinks;
        };
        if (seen.putIfAbsent(id, element) != null) {
            return false;
        }
        Map<String, OpenRow> own = switch (table) {
            case ELEMENT -> open.elements;
            case ITEM -> open.items;
            case LINK -> open.links;
        };
        for (Map<String, OpenRow> other : List.of(open.elements, open.items, open.links)) {
            if (other != own && other.containsKey(id)) {
                return false;
            }
        }
        if (own.containsKey(id) && changes.added().contains(element)) {
            // Added under an id that has a row: the same element moved (or put back), or one that
            // replaces a removed one; if the row's element is still in the plan, the id is taken twice.
            List<ChangeTracker.Removed> removed = removedById.getOrDefault(id, List.of());
            if (removed.isEmpty()) {
                return false;
            }
            for (ChangeTracker.Removed r : removed) {
                if (r.element() != element && attached(r.element())) {
                    return false;
                }
            }
        }
        return true;
    }

    private String idOf(EObject owner, EObject target) throws ElementCodec.NotStorable {
        if (target instanceof Identified identified && identified.getId() != null && !identified.getId().isBlank()
                && isRowElement(target)) {
            return identified.getId();
        }
        throw new ElementCodec.NotStorable("reference to an element that is not a row");
    }

    private boolean isRowElement(EObject target) {
        if (target.eIsProxy() || target instanceof RegistryItem || isRegistryLink(target)) {
            return false;
        }
        for (EObject e = target; e != plan; e = e.eContainer()) {
            EObject container = e.eContainer();
            if (container == null || !(e.eContainingFeature() instanceof EReference reference)
                    || !ElementCodec.holdsRows(reference) || container instanceof RegistryItem
                    || isRegistryLink(container)) {
                return false;
            }
        }
        return true;
    }

    private boolean isRegistryLink(EObject element) {
        return element instanceof TraceLink link && element.eContainer() == plan
                && element.eContainingFeature() == PlanPackage.Literals.PLAN__TRACE_LINKS
                && PlanSplitter.touchesRegistry(link);
    }

    private boolean attached(EObject element) {
        return element == plan || EcoreUtil.isAncestor(plan, element);
    }

    /** Whether anything in the plan still refers to a removed element (a full save refuses that). */
    private boolean refersTo(Set<EObject> removed) {
        if (refersTo(plan, removed)) {
            return true;
        }
        for (TreeIterator<EObject> all = plan.eAllContents(); all.hasNext();) {
            if (refersTo(all.next(), removed)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refersTo(EObject element, Set<EObject> removed) {
        for (EReference reference : REFERENCES.computeIfAbsent(element.eClass(), ChangedRows::crossReferences)) {
            Object value = element.eGet(reference, false);
            if (reference.isMany()) {
                for (Object target : (List<?>) value) {
                    if (removed.contains(target)) {
                        return true;
                    }
                }
            } else if (value != null && removed.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<EReference> crossReferences(EClass type) {
        return type.getEAllReferences().stream()
                .filter(r -> !r.isContainment() && !r.isContainer() && !r.isDerived() && !r.isTransient()).toList();
    }
}
