package org.planstudio.ui.consultation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.planstudio.consultation.CommentQueries;
import org.planstudio.consultation.Units;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.ui.internal.ModelLabels;

/** How the register writes comments, sources and dispositions (the workbench's language). */
final class Labels {

    private Labels() {
    }

    static String disposition(Disposition disposition) {
        Disposition d = disposition == null ? Disposition.PENDING : disposition;
        return ModelLabels.literal(PlanPackage.Literals.DISPOSITION.getEEnumLiteral(d.getValue()));
    }

    /** The disposition a person typed: its label in either language or its name. */
    static Optional<Disposition> parseDisposition(String typed) {
        String text = typed.strip();
        for (Disposition d : Disposition.values()) {
            if (text.equalsIgnoreCase(disposition(d)) || text.equalsIgnoreCase(d.getName()) || text.equalsIgnoreCase(d.getLiteral())) {
                return Optional.of(d);
            }
        }
        return switch (text) {
        case "采纳", "Adopted" -> Optional.of(Disposition.ADOPTED);
        case "部分采纳", "Partially adopted", "Partly adopted" -> Optional.of(Disposition.PARTIALLY_ADOPTED);
        case "不采纳", "Not adopted" -> Optional.of(Disposition.NOT_ADOPTED);
        case "待处理", "研究中", "Pending" -> Optional.of(Disposition.PENDING);
        default -> Optional.empty();
        };
    }

    static String source(Consultation consultation) {
        String title = Texts.label(consultation.getTitle(), java.util.Locale.getDefault());
        return title.isBlank() ? consultation.getId() : title;
    }

    static String source(Comment comment) {
        return source(CommentQueries.source(comment));
    }

    static String unit(Comment comment) {
        return Units.name(comment);
    }

    static String date(java.util.Date date) {
        return PlanDates.toLocalDate(date).map(Object::toString).orElse("");
    }

    static String text(Comment comment) {
        return Texts.label(comment.getText(), java.util.Locale.getDefault());
    }

    static String reason(Comment comment) {
        return Texts.label(comment.getReason(), java.util.Locale.getDefault());
    }

    static String element(Identified element) {
        return element instanceof Plan ? Messages.Labels_wholePlan : ModelLabels.element(element);
    }

    /** The elements by name, or the clause as written when it matched none. */
    static String concerns(Comment comment) {
        List<Identified> concerns = comment.getConcerns();
        if (!concerns.isEmpty()) {
            return concerns.stream().map(Labels::element).collect(Collectors.joining(Messages.Labels_separator));
        }
        String clause = comment.getClause() == null ? "" : comment.getClause().strip();
        return clause.isEmpty() ? "" : NLS.bind(Messages.Labels_asWritten, clause);
    }
}
