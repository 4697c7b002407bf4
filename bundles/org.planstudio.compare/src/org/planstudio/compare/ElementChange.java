package org.planstudio.compare;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An element added, removed, moved or changed, identified by its stable id. {@code label} is what a
 * person calls it (in the later version, or the earlier one for a removed element); {@code context}
 * names where it sits ("重点任务 / （一）…"), empty for top-level elements. For a trace link,
 * {@code anchorId} is its source, under which it is listed; otherwise the element's own id.
 */
public record ElementChange(String elementId, String elementClass, String label, String context, String anchorId,
        Set<ChangeKind> kinds, List<FieldChange> fields) {

    public ElementChange {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(elementClass, "elementClass");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(anchorId, "anchorId");
        kinds = Set.copyOf(kinds);
        fields = List.copyOf(fields);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("an element change needs a kind: " + elementId);
        }
    }

    public boolean is(ChangeKind kind) {
        return kinds.contains(kind);
    }

    /** The most telling kind: added, removed, moved, changed, in that order. */
    public ChangeKind mainKind() {
        for (ChangeKind kind : ChangeKind.values()) {
            if (kinds.contains(kind)) {
                return kind;
            }
        }
        throw new IllegalStateException();
    }

    /** Only the outline number changed (something before it was added or removed). */
    public boolean renumberedOnly() {
        return kinds.equals(Set.of(ChangeKind.CHANGED)) && fields.stream().allMatch(FieldChange::number);
    }
}
