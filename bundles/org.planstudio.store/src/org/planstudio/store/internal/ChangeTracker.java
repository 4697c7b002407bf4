package org.planstudio.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;

/**
 * Remembers, for a plan that one store handed out (by a load, or by a save it then tracked),
 * which revision's rows it equals and what changed in it since: the row owners (identified
 * elements, registry items, links) whose data was touched, the containment lists whose order
 * changed, and what was taken out of the plan. A save then encodes and fingerprints only those
 * ({@link ChangedRows}). Anything it cannot account for exactly (an id changed) makes the next
 * save a full one, which is always right and brings the tracker up to date again.
 *
 * <p>Every mark carries a sequence number, so that a save can clear exactly the marks it wrote
 * and keep the ones made while it ran. Notifications and saves may come from different threads:
 * the state is guarded by this object's lock.
 */
final class ChangeTracker extends EContentAdapter {

    /** A containment list whose children may sit at new positions. */
    record ListKey(EObject owner, EReference feature) {
    }

    /** An element taken out of the plan, with the id it had then. */
    record Removed(EObject element, String id, long seq) {
    }

    private final Object store;
    private final Plan plan;
    private OpenRows open;
    private int revision;
    /** The rows cannot stand for the plan (stored as XMI, or never in sync): the next save is full. */
    private boolean valid;
    private long seq;
    private long poisonedAt;
    private final Map<EObject, Long> dirty = new IdentityHashMap<>();
    private final Map<EObject, Long> added = new IdentityHashMap<>();
    private final Map<ListKey, Long> reordered = new HashMap<>();
    private final List<Removed> removed = new ArrayList<>();

    private ChangeTracker(Object store, Plan plan) {
        this.store = store;
        this.plan = plan;
    }

    /** The tracker {@code store} attached to {@code plan}, if any. */
    static Optional<ChangeTracker> of(Plan plan, Object store) {
        for (Adapter adapter : plan.eAdapters()) {
            if (adapter instanceof ChangeTracker tracker && tracker.store == store) {
                return Optional.of(tracker);
            }
        }
        return Optional.empty();
    }

    /** Attaches a tracker to a plan just read from revision {@code revision}'s rows. */
    static void attach(Plan plan, Object store, int revision, OpenRows open) {
        ChangeTracker tracker = new ChangeTracker(store, plan);
        tracker.open = open;
        tracker.revision = revision;
        tracker.valid = true;
        plan.eAdapters().add(tracker);
    }

    /**
     * Attaches a tracker to a plan this store did not hand out (a new plan, one read from a file):
     * it marks from now on, its first save is a full one, and the saves after that can track.
     */
    static ChangeTracker attachUnsynced(Plan plan, Object store, int revision) {
        ChangeTracker tracker = new ChangeTracker(store, plan);
        tracker.revision = revision;
        plan.eAdapters().add(tracker);
        return tracker;
    }

    Plan plan() {
        return plan;
    }

    @Override
    public synchronized void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || !(notification.getFeature() instanceof EStructuralFeature feature)
                || !(notification.getNotifier() instanceof EObject notifier)) {
            return;
        }
        long mark = ++seq;
        if (feature == PlanPackage.Literals.IDENTIFIED__ID && isOpenRow(notification.getOldStringValue())) {
            // Rows refer to elements by id: whatever referred to the old one changed too.
            poisonedAt = mark;
            return;
        }
        if (feature instanceof EReference reference && ElementCodec.holdsRows(reference)) {
            reordered.put(new ListKey(notifier, reference), mark);
            switch (notification.getEventType()) {
                case Notification.ADD, Notification.SET -> {
                    addedSubtree(notification.getNewValue(), mark);
                    removedSubtree(notification.getOldValue(), mark);
                }
                case Notification.ADD_MANY -> addedSubtree(notification.getNewValue(), mark);
                case Notification.REMOVE, Notification.REMOVE_MANY, Notification.UNSET ->
                        removedSubtree(notification.getOldValue(), mark);
                case Notification.MOVE -> {
                    // positions only
                }
                default -> poisonedAt = mark;
            }
            return;
        }
        owner(notifier).ifPresent(row -> dirty.put(row, mark));
    }

    private boolean isOpenRow(String id) {
        return id != null && open != null
                && (open.elements.containsKey(id) || open.items.containsKey(id) || open.links.containsKey(id));
    }

    private void addedSubtree(Object value, long mark) {
        for (Object object : values(value)) {
            if (object instanceof EObject root) {
                markAdded(root, mark);
                for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
                    markAdded(all.next(), mark);
                }
            }
        }
    }

    private void markAdded(EObject element, long mark) {
        if (element instanceof Identified) {
            added.put(element, mark);
            dirty.put(element, mark);
        } else {
            owner(element).ifPresent(row -> dirty.put(row, mark));
        }
    }

    private void removedSubtree(Object value, long mark) {
        for (Object object : values(value)) {
            if (object instanceof EObject root) {
                markRemoved(root, mark);
                for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
                    markRemoved(all.next(), mark);
                }
            }
        }
    }

    private void markRemoved(EObject element, long mark) {
        if (element instanceof Identified identified) {
            removed.add(new Removed(element, identified.getId(), mark));
        }
    }

    private static Collection<?> values(Object value) {
        if (value instanceof Collection<?> many) {
            return many;
        }
        return value == null ? List.of() : List.of(value);
    }

    /** The row that holds {@code object}'s data: itself or its nearest ancestor stored as a row. */
    static Optional<EObject> owner(EObject object) {
        for (EObject e = object; e != null; e = e.eContainer()) {
            if (e instanceof Identified && (e.eContainer() == null || ElementCodec.holdsRows(e.eContainingFeature()))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** What changed since {@link #revision()}, if a save from {@code base} can write just that. */
    synchronized Optional<Changes> changes(int base) {
        if (!valid || poisonedAt != 0 || base != revision || open == null) {
            return Optional.empty();
        }
        Set<EObject> addedNow = Collections.newSetFromMap(new IdentityHashMap<>());
        addedNow.addAll(added.keySet());
        return Optional.of(new Changes(open, new ArrayList<>(dirty.keySet()), addedNow,
                new ArrayList<>(reordered.keySet()), List.copyOf(removed), seq));
    }

    /** A snapshot of the tracker's marks, taken at sequence number {@code seq}. */
    record Changes(OpenRows open, List<EObject> dirty, Set<EObject> added, List<ListKey> reordered,
            List<Removed> removed, long seq) {
    }

    synchronized int revision() {
        return revision;
    }

    /** A save of {@code delta} committed as {@code saved}: its rows are the open ones now. */
    synchronized void applied(int saved, ChangedRows.Delta delta, RevisionSaver.Keys keys) {
        open.apply(delta, keys);
        saved(saved, delta.upTo());
    }

    /**
     * {@link #applied(int, ChangedRows.Delta, RevisionSaver.Keys)} for a delta worked out earlier,
     * against {@code from} at revision {@code base}; false (and nothing changed) if the tracker
     * has moved on since, so that its rows no longer are the delta's starting point.
     */
    synchronized boolean applied(int base, OpenRows from, int saved, ChangedRows.Delta delta,
            RevisionSaver.Keys keys) {
        if (!valid || open != from || revision != base) {
            return false;
        }
        applied(saved, delta, keys);
        return true;
    }

    private void saved(int saved, long upTo) {
        revision = saved;
        valid = true;
        dirty.values().removeIf(mark -> mark <= upTo);
        added.values().removeIf(mark -> mark <= upTo);
        reordered.values().removeIf(mark -> mark <= upTo);
        removed.removeIf(r -> r.seq() <= upTo);
        if (poisonedAt <= upTo) {
            poisonedAt = 0;
        }
    }

    /** The sequence number of the latest mark: a full save reads the plan as of now. */
    synchronized long mark() {
        return seq;
    }

    /** A full save of the plan as of {@code upTo} committed as {@code saved}, leaving {@code rows} open. */
    synchronized void rebased(int saved, OpenRows rows, long upTo) {
        open = rows;
        saved(saved, upTo);
    }

    /** After a full save: stored as XMI, or anything else that leaves the rows unlike the plan. */
    synchronized void invalidate(int saved) {
        valid = false;
        revision = saved;
        open = null;
    }
}
