package org.planstudio.consultation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;

/** The register's questions: which comments, about what, from whom, and how they were handled. */
public final class CommentQueries {

    private CommentQueries() {
    }

    /** Every comment of the plan, consultation by consultation, in the order they were recorded. */
    public static List<Comment> all(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return plan.getConsultations().stream().flatMap(c -> c.getComments().stream()).toList();
    }

    public static List<Comment> matching(Plan plan, CommentFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return all(plan).stream().filter(filter).toList();
    }

    /** The comments on one element (the editor's comment section). */
    public static List<Comment> about(Plan plan, Identified element) {
        Objects.requireNonNull(element, "element");
        return all(plan).stream().filter(c -> c.getConcerns().contains(element)).toList();
    }

    public static List<Comment> pending(Plan plan) {
        return matching(plan, CommentFilter.ALL.pending(true));
    }

    /** The consultation a comment was made in. */
    public static Consultation source(Comment comment) {
        return (Consultation) Objects.requireNonNull(comment, "comment").eContainer();
    }

    /** The proposing units that made comments, sorted, for the register's unit filter. */
    public static List<String> units(Plan plan) {
        TreeSet<String> units = new TreeSet<>();
        all(plan).forEach(c -> {
            String unit = Units.name(c);
            if (!unit.isEmpty()) {
                units.add(unit);
            }
        });
        return List.copyOf(units);
    }

    /** How many comments got each disposition, every disposition present (zero when none). */
    public static Map<Disposition, Integer> countByDisposition(List<Comment> comments) {
        Map<Disposition, Integer> counts = new EnumMap<>(Disposition.class);
        for (Disposition d : Disposition.values()) {
            counts.put(d, 0);
        }
        comments.forEach(c -> counts.merge(c.getDisposition(), 1, Integer::sum));
        return counts;
    }

    /** Per consultation with comments, in the plan's order, its comments by disposition. */
    public static Map<Consultation, Map<Disposition, Integer>> countBySource(Plan plan) {
        Map<Consultation, Map<Disposition, Integer>> counts = new LinkedHashMap<>();
        for (Consultation consultation : plan.getConsultations()) {
            if (!consultation.getComments().isEmpty()) {
                counts.put(consultation, countByDisposition(consultation.getComments()));
            }
        }
        return counts;
    }
}
