package org.planstudio.merge;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.planstudio.merge.internal.ElementValues;

/**
 * Two-way difference of one identified element's own values, by the same reflective slots the
 * three-way merge compares (attributes, nested texts and their translations, key/value items,
 * references by target id). Contained identified elements are not values of their owner: a
 * caller compares them by id on their own, as the merge does.
 */
public final class PlanDifference {

    private PlanDifference() {
    }

    /**
     * The values that differ between {@code before} and {@code after} (either may be null: an added or
     * removed element, whose every set value differs). Labels of referenced elements are in {@code locale}.
     * Values that read the same although stored differently (a translation re-stamped with a new digest)
     * are not differences.
     */
    public static List<ValueDifference> values(EObject before, EObject after, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (before == null && after == null) {
            throw new IllegalArgumentException("nothing to compare");
        }
        if (before != null && after != null && before.eClass() != after.eClass()) {
            throw new IllegalArgumentException("not one element: " + before.eClass().getName() + " and "
                    + after.eClass().getName());
        }
        return ElementValues.differences(before, after, locale);
    }
}
