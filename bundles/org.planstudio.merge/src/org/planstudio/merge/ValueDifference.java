package org.planstudio.merge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of an element that differs between two versions, as a person reads it. The feature
 * path is the merge's ({@code title.zh}, {@code text.translations[en]}, {@code leadUnits}); a
 * value is empty where that version does not have it. For a reference, {@code beforeIds} and
 * {@code afterIds} name the targets (empty lists for an attribute).
 */
public record ValueDifference(String featurePath, Optional<String> before, Optional<String> after,
        List<String> beforeIds, List<String> afterIds) {

    public ValueDifference {
        Objects.requireNonNull(featurePath, "featurePath");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        beforeIds = List.copyOf(beforeIds);
        afterIds = List.copyOf(afterIds);
    }

    /** The structural feature the path starts with ({@code title} for {@code title.zh}). */
    public String feature() {
        int end = featurePath.length();
        for (int i = 0; i < featurePath.length(); i++) {
            char c = featurePath.charAt(i);
            if (c == '.' || c == '[') {
                end = i;
                break;
            }
        }
        return featurePath.substring(0, end);
    }
}
