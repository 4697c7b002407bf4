package org.planstudio.merge;

import java.util.Objects;
import java.util.Optional;

/**
 * One place where both sides changed the plan incompatibly. {@code key} identifies the conflict
 * across runs of the same merge (it is what {@link MergeResult#resolve} takes); the values are
 * what a person reads, empty where the element or value does not exist on that side.
 *
 * @param featurePath the structural feature, dotted into nested values ({@code title.zh},
 *        {@code text.translations[en]}); empty for a whole-element conflict
 */
public record Conflict(String key, Kind kind, String elementId, String elementClass, String elementLabel,
        String featurePath, Optional<String> base, Optional<String> mine, Optional<String> theirs) {

    public enum Kind {
        /** The same value changed to different values. */
        CHANGED_BOTH,
        /** Mine deleted the element, theirs changed it (or something in it, or started referring to it). */
        DELETED_BY_MINE,
        /** Theirs deleted the element, mine changed it (or something in it, or started referring to it). */
        DELETED_BY_THEIRS,
        /** Both moved the element, to different places. */
        MOVED_BOTH,
        /** Both reordered the same list in ways that clash. */
        REORDERED_BOTH
    }

    public Conflict {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(elementClass, "elementClass");
        Objects.requireNonNull(elementLabel, "elementLabel");
        Objects.requireNonNull(featurePath, "featurePath");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
    }

    /** One line for a log or a terminal: element, feature and the three values. */
    public String describe() {
        return elementLabel + " [" + elementId + "]" + (featurePath.isEmpty() ? "" : " " + featurePath) + " ("
                + kind + "): base=" + base.orElse("-") + " | mine=" + mine.orElse("-") + " | theirs="
                + theirs.orElse("-");
    }
}
