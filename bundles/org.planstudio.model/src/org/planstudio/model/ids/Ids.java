package org.planstudio.model.ids;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;

/**
 * Element ids. References in a .plan file are ids, so an id must be unique within its plan;
 * new elements get a random UUID, hand-written data may use readable ids.
 */
public final class Ids {

    /**
     * What a typed-in id may look like: references are written as space-separated ids, ids name
     * rows (255 characters) and recovery files, so no spaces, separators or markup characters.
     */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");

    private Ids() {
    }

    /** Whether {@code id} can be used as an element or plan id (as {@link #newId()}'s ids can). */
    public static boolean isWellFormed(String id) {
        return id != null && WELL_FORMED.matcher(id).matches();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Every id used by more than one element, with those elements in document order. */
    public static Map<String, List<Identified>> duplicates(Plan plan) {
        Map<String, List<Identified>> byId = new LinkedHashMap<>();
        for (Identified element : identified(plan)) {
            if (element.getId() != null) {
                byId.computeIfAbsent(element.getId(), id -> new ArrayList<>()).add(element);
            }
        }
        byId.values().removeIf(elements -> elements.size() < 2);
        return byId;
    }

    /** Elements whose id is missing or blank; they cannot be referenced. */
    public static List<Identified> missing(Plan plan) {
        List<Identified> result = new ArrayList<>();
        for (Identified element : identified(plan)) {
            if (element.getId() == null || element.getId().isBlank()) {
                result.add(element);
            }
        }
        return result;
    }

    /** The plan itself and every element it contains, in document order. */
    private static List<Identified> identified(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        List<Identified> result = new ArrayList<>();
        result.add(plan);
        for (TreeIterator<EObject> contents = plan.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Identified element) {
                result.add(element);
            }
        }
        return result;
    }
}
