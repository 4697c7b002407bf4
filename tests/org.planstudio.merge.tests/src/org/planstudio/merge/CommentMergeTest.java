package org.planstudio.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.planstudio.merge.Plans.task;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.text.Texts;

/** Two people working through the consultation register at once. */
class CommentMergeTest {

    private final Plan base = withComments(Plans.base());
    private final Plan mine = Plans.copy(base);
    private final Plan theirs = Plans.copy(base);

    private static Plan withComments(Plan plan) {
        Consultation review = PlanFactory.eINSTANCE.createConsultation();
        review.setId("review");
        review.getComments().add(comment("c1", "建议合并任务一和任务二", task(plan, "t1")));
        review.getComments().add(comment("c2", "建议明确远程医疗的合作国家", task(plan, "t4")));
        plan.getConsultations().add(review);
        return plan;
    }

    private static Comment comment(String id, String text, Identified about) {
        Comment comment = PlanFactory.eINSTANCE.createComment();
        comment.setId(id);
        comment.setText(Texts.of(text));
        comment.getConcerns().add(about);
        return comment;
    }

    private static Comment comment(Plan plan, String id) {
        return (Comment) Plans.byId(plan, id);
    }

    private MergeResult merge() {
        MergeResult result = PlanMerge.merge(base, mine, theirs, Locale.SIMPLIFIED_CHINESE);
        PlanResources.toBytes(result.plan());
        PlanResources.toBytes(result.resolveAll(Side.MINE));
        return result;
    }

    @Test
    void commentsDisposedOnBothSidesKeepBothDecisions() {
        comment(mine, "c1").setDisposition(Disposition.ADOPTED);
        comment(mine, "c1").setReason(Texts.of("已合并表述"));
        comment(mine, "c1").setDecidedBy("王明");
        comment(theirs, "c2").setDisposition(Disposition.NOT_ADOPTED);
        comment(theirs, "c2").setReason(Texts.of("合作国家以年度计划为准"));
        comment(theirs, "c2").getConcerns().add(task(theirs, "t3"));

        MergeResult result = merge();
        assertEquals(List.of(), result.conflicts());
        Comment c1 = comment(result.plan(), "c1");
        Comment c2 = comment(result.plan(), "c2");
        assertEquals(Disposition.ADOPTED, c1.getDisposition());
        assertEquals("已合并表述", Texts.zh(c1.getReason()).orElseThrow());
        assertEquals("王明", c1.getDecidedBy());
        assertEquals(Disposition.NOT_ADOPTED, c2.getDisposition());
        assertEquals(List.of(task(result.plan(), "t4"), task(result.plan(), "t3")), c2.getConcerns());
    }

    @Test
    void oneCommentDecidedDifferentlyOnBothSidesIsAConflictOnItsDisposition() {
        comment(mine, "c1").setDisposition(Disposition.ADOPTED);
        comment(theirs, "c1").setDisposition(Disposition.PARTIALLY_ADOPTED);

        MergeResult result = merge();
        assertEquals(1, result.conflicts().size());
        Conflict conflict = result.conflicts().get(0);
        assertEquals("c1", conflict.elementId());
        assertEquals("disposition", conflict.featurePath());
        assertEquals(Disposition.PARTIALLY_ADOPTED, comment(result.plan(), "c1").getDisposition(), "theirs by default");
        assertEquals(Disposition.ADOPTED,
                comment(result.resolve(Map.of(conflict.key(), Side.MINE)), "c1").getDisposition());
    }

    @Test
    void commentsRecordedOnBothSidesAreAllKept() {
        ((Consultation) Plans.byId(mine, "review")).getComments().add(comment("c3", "我方新意见", task(mine, "t2")));
        ((Consultation) Plans.byId(theirs, "review")).getComments().add(comment("c4", "对方新意见", task(theirs, "t3")));

        MergeResult result = merge();
        assertEquals(List.of(), result.conflicts());
        assertEquals(List.of("c1", "c2", "c4", "c3"), ((Consultation) Plans.byId(result.plan(), "review")).getComments()
                .stream().map(Comment::getId).toList());
    }
}
