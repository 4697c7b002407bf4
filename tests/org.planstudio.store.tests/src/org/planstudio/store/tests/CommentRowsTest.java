package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;

/** The consultation register's fields of a comment go through the element rows and come back, per revision. */
class CommentRowsTest {

    @TempDir
    Path temp;

    private static Comment comment(Plan plan) {
        return plan.getConsultations().get(0).getComments().get(0);
    }

    @Test
    void aDecidedCommentOnTwoElementsRoundTripsAndEachRevisionKeepsItsDecision() throws Exception {
        Plan plan = TestPlans.rich("plan-comments");
        Comment comment = comment(plan);
        Identified task = plan.getTaskAreas().get(0).getTasks().get(0);
        Identified principle = plan.getPrinciples().get(0);
        comment.getConcerns().addAll(List.of(task, principle));
        comment.setDate(PlanDates.toDate(LocalDate.of(2024, 5, 20)));
        comment.setClause("重点任务（一）第1项");
        comment.setAuthorName("市发展改革委");
        comment.setRationale(Texts.of("便于分工落实。", "Easier to assign."));
        comment.setDisposition(Disposition.PARTIALLY_ADOPTED);
        comment.setReason(Texts.of("部分采纳，数量在目标中明确。"));
        comment.setDecidedBy("王明");
        comment.setDecidedOn(PlanDates.toDate(LocalDate.of(2024, 6, 3)));
        StoreConfig config = TestStores.config(temp.resolve("db"));
        try (PlanStore store = PlanStore.open(config)) {
            store.save(plan, 0, "张三", "comments recorded");
            Plan second = store.loadLatest("plan-comments").orElseThrow().plan();
            comment(second).setDisposition(Disposition.NOT_ADOPTED);
            comment(second).setDecidedOn(null);
            comment(second).getConcerns().remove(1);
            store.save(second, 1, "李四", "decision changed");
        }
        try (PlanStore store = PlanStore.open(config)) {
            Plan first = store.load("plan-comments", 1).plan();
            assertTrue(PlanResources.equal(plan, first), "revision 1 reads back as saved");
            Comment read = comment(first);
            assertEquals(List.of(first.getTaskAreas().get(0).getTasks().get(0), first.getPrinciples().get(0)),
                    read.getConcerns(), "references resolve to the loaded elements, in order");
            assertEquals("重点任务（一）第1项", read.getClause());
            assertEquals("市发展改革委", read.getAuthorName());
            assertEquals("Easier to assign.", Texts.en(read.getRationale()).orElseThrow());
            assertEquals(LocalDate.of(2024, 6, 3), PlanDates.toLocalDate(read.getDecidedOn()).orElseThrow());
            assertEquals(LocalDate.of(2024, 5, 20), PlanDates.toLocalDate(read.getDate()).orElseThrow());

            Comment latest = comment(store.load("plan-comments", 2).plan());
            assertEquals(Disposition.NOT_ADOPTED, latest.getDisposition());
            assertNull(latest.getDecidedOn());
            assertEquals(1, latest.getConcerns().size());
            assertEquals("王明", latest.getDecidedBy());
        }
    }
}
