package org.planstudio.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.consultation.CommentCommands.Decision;
import org.planstudio.consultation.CommentCommands.NewComment;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.ConsultationKind;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;

class CommentRegisterTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 20);

    private Plan plan;
    private AdapterFactoryEditingDomain domain;
    private Consultation review;
    private KeyTask task5;
    private KeyTask task9;

    @BeforeEach
    void load() throws Exception {
        plan = Plans.sample();
        domain = Plans.domainFor(plan);
        review = plan.getConsultations().stream().filter(c -> c.getKind() == ConsultationKind.INTERNAL_REVIEW).findFirst()
                .orElseThrow();
        task5 = PlanQueries.tasks(plan).get(4);
        task9 = PlanQueries.tasks(plan).get(8);
    }

    private Comment add(Consultation into, Identified about, String unit, String text) {
        Comment comment = CommentCommands.create(plan, new NewComment(List.of(about), unit, text, Optional.empty(), DAY));
        domain.getCommandStack().execute(CommentCommands.add(domain, into, List.of(comment)));
        return comment;
    }

    @Test
    void addsAPendingCommentOnTheElementInOneUndoableStep() {
        int before = CommentQueries.all(plan).size();
        Comment comment = add(review, task5, " 市科委 ", "建议将新兴领域细化为人工智能、量子信息等方向。");

        assertSame(review, CommentQueries.source(comment));
        assertEquals("org.bjstc", comment.getAuthor().getId(), "the unit is matched to the plan's organisation");
        assertNull(comment.getAuthorName());
        assertEquals(Disposition.PENDING, comment.getDisposition());
        assertEquals(DAY, PlanDates.toLocalDate(comment.getDate()).orElseThrow());
        assertEquals(List.of(comment), CommentQueries.about(plan, task5).stream().filter(c -> c == comment).toList());
        assertEquals(before + 1, CommentQueries.all(plan).size());

        domain.getCommandStack().undo();
        assertEquals(before, CommentQueries.all(plan).size());
        assertFalse(review.getComments().contains(comment));
    }

    @Test
    void aUnitThatIsNoOrganisationOfThePlanIsKeptAsWritten() {
        Comment comment = add(review, task5, "市发展改革委", "建议补充与区域协调发展相衔接的内容。");
        assertNull(comment.getAuthor());
        assertEquals("市发展改革委", comment.getAuthorName());
        assertEquals("市发展改革委", Units.name(comment));
    }

    @Test
    void aDecisionSetsDispositionReasonWhoAndWhenAndUndoesAsOneStep() {
        Comment comment = add(review, task5, "国际合作处", "建议明确联合实验室的建设数量。");
        Command decide = CommentCommands.dispose(domain, comment,
                new Decision(Disposition.PARTIALLY_ADOPTED, "已在发展目标中明确，具体数量不在任务中重复。", "王明", LocalDate.of(2024, 6, 3)));
        domain.getCommandStack().execute(decide);

        assertEquals(Disposition.PARTIALLY_ADOPTED, comment.getDisposition());
        assertEquals("已在发展目标中明确，具体数量不在任务中重复。", Texts.zh(comment.getReason()).orElseThrow());
        assertEquals("王明", comment.getDecidedBy());
        assertEquals(LocalDate.of(2024, 6, 3), PlanDates.toLocalDate(comment.getDecidedOn()).orElseThrow());

        domain.getCommandStack().undo();
        assertEquals(Disposition.PENDING, comment.getDisposition());
        assertNull(comment.getReason());
        assertNull(comment.getDecidedBy());
        assertNull(comment.getDecidedOn());
    }

    @Test
    void aChangedReasonKeepsTheEnglishWhichThenShowsAsOutdated() {
        Comment comment = add(review, task5, "国际合作处", "建议明确联合实验室的建设数量。");
        domain.getCommandStack().execute(CommentCommands.dispose(domain, comment,
                new Decision(Disposition.NOT_ADOPTED, "属于年度工作安排。", "王明", DAY)));
        Texts.setTranslation(comment.getReason(), Texts.ENGLISH, "A matter for the annual work plan.");
        domain.getCommandStack().execute(CommentCommands.setReason(domain, comment, "属于年度工作要点的内容。"));

        assertEquals("属于年度工作要点的内容。", Texts.zh(comment.getReason()).orElseThrow());
        assertTrue(Texts.isStale(comment.getReason(), Texts.ENGLISH));
    }

    @Test
    void backToPendingClearsWhoDecided() {
        Comment comment = add(review, task5, "国际合作处", "建议明确联合实验室的建设数量。");
        domain.getCommandStack().execute(CommentCommands.dispose(domain, comment, new Decision(Disposition.ADOPTED, "采纳。", "王明", DAY)));
        domain.getCommandStack().execute(CommentCommands.setDisposition(domain, comment, Disposition.PENDING, "李华", DAY));

        assertEquals(Disposition.PENDING, comment.getDisposition());
        assertNull(comment.getDecidedBy());
        assertNull(comment.getDecidedOn());
        assertEquals("采纳。", Texts.zh(comment.getReason()).orElseThrow(), "the reason written stays");
    }

    @Test
    void filtersByPendingSourceElementAndUnit() {
        Consultation hearing = CommentCommands.newConsultation("公开征求意见", ConsultationKind.PUBLIC_COMMENT, DAY);
        domain.getCommandStack().execute(CommentCommands.addConsultation(domain, plan, hearing));
        Comment a = add(review, task5, "国际合作处", "意见甲");
        Comment b = add(review, task9, "市科委", "意见乙");
        Comment c = add(hearing, task5, "市科委", "意见丙");
        domain.getCommandStack().execute(CommentCommands.dispose(domain, b, new Decision(Disposition.ADOPTED, "", "王明", DAY)));
        List<Comment> mine = List.of(a, b, c);

        assertEquals(List.of(a, c), only(mine, CommentFilter.ALL.pending(true)));
        assertEquals(List.of(a, b), only(mine, CommentFilter.ALL.from(Optional.of(review))));
        assertEquals(List.of(c), CommentQueries.matching(plan, CommentFilter.ALL.from(Optional.of(hearing))));
        assertEquals(List.of(a, c), only(mine, CommentFilter.ALL.about(Optional.of(task5))));
        assertEquals(List.of(b, c), only(mine, CommentFilter.ALL.by(Optional.of("市科委"))));
        assertEquals(List.of(c), only(mine, CommentFilter.ALL.pending(true).by(Optional.of("市科委"))));
        assertEquals(List.of(), only(mine, CommentFilter.ALL.about(Optional.of(task9)).pending(true)));
        assertTrue(CommentQueries.units(plan).containsAll(List.of("国际合作处", "市科委")));
        assertEquals(1, CommentQueries.countBySource(plan).get(hearing).get(Disposition.PENDING));
    }

    private List<Comment> only(List<Comment> mine, CommentFilter filter) {
        return CommentQueries.matching(plan, filter).stream().filter(mine::contains).toList();
    }
}
