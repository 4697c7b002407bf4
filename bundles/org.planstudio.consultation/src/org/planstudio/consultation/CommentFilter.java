package org.planstudio.consultation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.Identified;

/**
 * Which comments the register shows: every criterion set must hold. {@code unit} is a proposing
 * unit as {@link Units#name(Comment)} gives it, so a unit of the plan and one only written on the
 * form filter the same way.
 */
public record CommentFilter(boolean pendingOnly, Optional<Consultation> source, Optional<Identified> element,
        Optional<String> unit) implements Predicate<Comment> {

    public static final CommentFilter ALL = new CommentFilter(false, Optional.empty(), Optional.empty(), Optional.empty());

    public CommentFilter {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(unit, "unit");
    }

    public CommentFilter pending(boolean only) {
        return new CommentFilter(only, source, element, unit);
    }

    public CommentFilter from(Optional<Consultation> consultation) {
        return new CommentFilter(pendingOnly, consultation, element, unit);
    }

    public CommentFilter about(Optional<Identified> concerned) {
        return new CommentFilter(pendingOnly, source, concerned, unit);
    }

    public CommentFilter by(Optional<String> proposingUnit) {
        return new CommentFilter(pendingOnly, source, element, proposingUnit);
    }

    @Override
    public boolean test(Comment comment) {
        return (!pendingOnly || comment.getDisposition() == Disposition.PENDING)
                && source.map(s -> comment.eContainer() == s).orElse(true)
                && element.map(e -> comment.getConcerns().contains(e)).orElse(true)
                && unit.map(u -> u.equals(Units.name(comment))).orElse(true);
    }
}
