package org.planstudio.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.planstudio.store.FieldChange;

/**
 * The field entries of one table's share of a save: the rows it closed ({@code before}) against
 * the rows it inserted ({@code after}), by id. References are left as ids here and named by the
 * caller ({@link #references()}), which looks their labels up in one go.
 */
final class FieldDiff {

    /** A reference value of one entry, to be shown with its target's label. */
    record Pending(int entry, boolean old, String targetId) {
    }

    private final List<FieldEntry> entries = new ArrayList<>();
    private final List<Pending> references = new ArrayList<>();

    void add(Map<String, Snapshot> before, List<Snapshot> after) {
        Map<String, Snapshot> gone = new LinkedHashMap<>(before);
        for (Snapshot now : after) {
            Snapshot was = gone.remove(now.id());
            if (was == null) {
                entries.add(new FieldEntry(now.id(), now.kind(), Snapshots.labelOrId(now), FieldChange.WHOLE,
                        FieldChange.Kind.CREATED, null, Snapshots.labelOrId(now)));
            } else {
                changed(was, now);
            }
        }
        for (Snapshot was : gone.values()) {
            entries.add(new FieldEntry(was.id(), was.kind(), Snapshots.labelOrId(was), FieldChange.WHOLE,
                    FieldChange.Kind.DELETED, Snapshots.labelOrId(was), null));
        }
    }

    private void changed(Snapshot was, Snapshot now) {
        Set<String> fields = new LinkedHashSet<>(now.values().keySet());
        fields.addAll(was.values().keySet());
        for (String field : fields) {
            String old = was.values().get(field);
            String value = now.values().get(field);
            if (Objects.equals(old, value)) {
                continue;
            }
            int index = entries.size();
            entries.add(new FieldEntry(now.id(), now.kind(), Snapshots.labelOrId(now), field,
                    FieldChange.Kind.CHANGED, old, value));
            if (now.references().contains(field) || was.references().contains(field)) {
                if (old != null) {
                    references.add(new Pending(index, true, old));
                }
                if (value != null) {
                    references.add(new Pending(index, false, value));
                }
            }
        }
    }

    List<Pending> references() {
        return references;
    }

    /** The entries, with each pending reference shown as {@code id (label)} where a label was found. */
    List<FieldEntry> entries(Map<String, String> labels) {
        for (Pending pending : references) {
            String label = labels.get(pending.targetId());
            if (label == null) {
                continue;
            }
            FieldEntry entry = entries.get(pending.entry());
            String shown = pending.targetId() + " (" + label + ")";
            entries.set(pending.entry(), pending.old()
                    ? new FieldEntry(entry.elementId(), entry.elementKind(), entry.elementLabel(), entry.field(),
                            entry.change(), shown, entry.newValue())
                    : new FieldEntry(entry.elementId(), entry.elementKind(), entry.elementLabel(), entry.field(),
                            entry.change(), entry.oldValue(), shown));
        }
        return entries;
    }
}
