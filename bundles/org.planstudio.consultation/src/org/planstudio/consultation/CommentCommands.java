package org.planstudio.consultation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.consultation.internal.Messages;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.ConsultationKind;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;

/**
 * The register's changes as EMF commands on the plan editor's stack, each one undo step: record a
 * comment, decide on one (disposition, reason, who and when), start a consultation.
 */
public final class CommentCommands {

    private static final PlanPackage P = PlanPackage.eINSTANCE;

    private CommentCommands() {
    }

    /** What a person writes down for a new comment; {@code unit} is matched against the plan's organisations. */
    public record NewComment(List<Identified> concerns, String unit, String text, Optional<String> clause,
            LocalDate date) {

        public NewComment {
            concerns = List.copyOf(concerns);
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(clause, "clause");
            Objects.requireNonNull(date, "date");
        }
    }

    /** A pending comment made from what was written, not yet in the plan. */
    public static Comment create(Plan plan, NewComment written) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(written, "written");
        Comment comment = PlanFactory.eINSTANCE.createComment();
        comment.setId(Ids.newId());
        comment.setText(Texts.of(written.text().strip()));
        comment.getConcerns().addAll(written.concerns());
        comment.setDate(PlanDates.toDate(written.date()));
        written.clause().filter(c -> !c.isBlank()).ifPresent(c -> comment.setClause(c.strip()));
        Units.find(plan, written.unit()).ifPresentOrElse(comment::setAuthor, () -> {
            if (!written.unit().isBlank()) {
                comment.setAuthorName(written.unit().strip());
            }
        });
        comment.setDisposition(Disposition.PENDING);
        return comment;
    }

    /** Adds comments to a consultation of the plan, in one step. */
    public static Command add(EditingDomain domain, Consultation consultation, Collection<Comment> comments) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(consultation, "consultation");
        CompoundCommand command = new CompoundCommand(Messages.format(Locale.getDefault(), "command.addComment"));
        command.append(AddCommand.create(domain, consultation, P.getConsultation_Comments(), List.copyOf(comments)));
        return command;
    }

    /** A new consultation, for {@link #addConsultation}. */
    public static Consultation newConsultation(String titleZh, ConsultationKind kind, LocalDate date) {
        Consultation consultation = PlanFactory.eINSTANCE.createConsultation();
        consultation.setId(Ids.newId());
        consultation.setTitle(Texts.of(Objects.requireNonNull(titleZh, "titleZh")));
        consultation.setKind(Objects.requireNonNull(kind, "kind"));
        consultation.setDate(PlanDates.toDate(Objects.requireNonNull(date, "date")));
        return consultation;
    }

    public static Command addConsultation(EditingDomain domain, Plan plan, Consultation consultation) {
        return AddCommand.create(domain, plan, P.getPlan_Consultations(), consultation);
    }

    /** A decision on a comment: what happened to it, why, who decided and on which day. */
    public record Decision(Disposition disposition, String reason, String decidedBy, LocalDate decidedOn) {

        public Decision {
            Objects.requireNonNull(disposition, "disposition");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(decidedOn, "decidedOn");
        }
    }

    /**
     * Records a decision in one step. The reason's Chinese is changed in place so that an existing
     * English translation is kept and shows as outdated rather than being thrown away. Setting a
     * comment back to pending clears who decided and when.
     */
    public static Command dispose(EditingDomain domain, Comment comment, Decision decision) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(decision, "decision");
        CompoundCommand command = new CompoundCommand(Messages.format(Locale.getDefault(), "command.dispose"));
        command.append(SetCommand.create(domain, comment, P.getComment_Disposition(), decision.disposition()));
        command.append(reason(domain, comment, decision.reason()));
        boolean pending = decision.disposition() == Disposition.PENDING;
        command.append(SetCommand.create(domain, comment, P.getComment_DecidedBy(),
                pending || decision.decidedBy().isBlank() ? SetCommand.UNSET_VALUE : decision.decidedBy().strip()));
        command.append(SetCommand.create(domain, comment, P.getComment_DecidedOn(),
                pending ? SetCommand.UNSET_VALUE : PlanDates.toDate(decision.decidedOn())));
        return command;
    }

    /** Only the disposition (the register's disposition cell); reason and an earlier decider stay. */
    public static Command setDisposition(EditingDomain domain, Comment comment, Disposition disposition, String decidedBy,
            LocalDate today) {
        String reason = Texts.zh(comment.getReason()).orElse("");
        String by = comment.getDecidedBy() != null && !comment.getDecidedBy().isBlank() ? comment.getDecidedBy() : decidedBy;
        return dispose(domain, comment, new Decision(disposition, reason, by, today));
    }

    /** Only the reason (the register's reason cell). */
    public static Command setReason(EditingDomain domain, Comment comment, String reason) {
        return reason(domain, Objects.requireNonNull(comment, "comment"), Objects.requireNonNull(reason, "reason"));
    }

    private static Command reason(EditingDomain domain, Comment comment, String reason) {
        String text = reason.strip();
        if (comment.getReason() != null) {
            return SetCommand.create(domain, comment.getReason(), P.getLocalizedText_Zh(), text);
        }
        return SetCommand.create(domain, comment, P.getComment_Reason(), text.isEmpty() ? SetCommand.UNSET_VALUE : Texts.of(text));
    }
}
