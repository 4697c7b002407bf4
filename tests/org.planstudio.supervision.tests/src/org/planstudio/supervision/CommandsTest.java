package org.planstudio.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planstudio.supervision.Fixtures.day;
import static org.planstudio.supervision.Fixtures.execute;
import static org.planstudio.supervision.Fixtures.period;
import static org.planstudio.supervision.Fixtures.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.CloseOutKind;
import org.planstudio.model.plan.ExtensionDecision;
import org.planstudio.model.plan.ExtensionRequest;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.NoticeStatus;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.SupervisionNotice;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.UpdateStatus;
import org.planstudio.model.text.PlanDates;

/** Every supervision edit is one undoable command, refused before anything changes when not allowed. */
class CommandsTest {

    private final Plan plan = Fixtures.plan();
    private final AdapterFactoryEditingDomain domain = Fixtures.domain(plan);
    private final KeyTask t1 = task(plan, "t1");

    @Test
    void aNoticeGoesThroughItsWholeLifeCycle() throws Exception {
        execute(domain, SupervisionCommands.sendNotice(domain, plan, t1, "进度滞后", "报送整改方案", day(2025, 5, 20),
                t1.getLeadUnits(), "督查处王五", day(2025, 5, 6)));
        SupervisionNotice notice = plan.getSupervisionNotices().get(0);
        assertEquals("督办〔2025〕1号", notice.getNumber());
        assertEquals(NoticeStatus.ASSIGNED, notice.getStatus());

        Refusal early = assertThrows(Refusal.class, () -> SupervisionCommands.advanceNotice(domain, notice,
                NoticeStatus.CLOSED, "王五", null, null, day(2025, 5, 7)));
        assertEquals("督办单督办〔2025〕1号当前为“已交办”，不能直接变为“已办结”；下一步可以是：已签收、已催办。",
                early.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Notice 督办〔2025〕1号 is assigned and cannot be closed now; it can next be: signed for, urged.",
                early.message(Locale.ENGLISH));
        assertEquals(NoticeStatus.ASSIGNED, notice.getStatus(), "a refused step changes nothing");
        assertEquals(1, notice.getSteps().size());

        var unit = t1.getLeadUnits().get(0);
        execute(domain, SupervisionCommands.advanceNotice(domain, notice, NoticeStatus.SIGNED, "李四", unit, null,
                day(2025, 5, 7)));
        execute(domain, SupervisionCommands.advanceNotice(domain, notice, NoticeStatus.URGED, "王五", null, "请抓紧反馈",
                day(2025, 5, 15)));
        assertThrows(Refusal.class, () -> SupervisionCommands.advanceNotice(domain, notice, NoticeStatus.ANSWERED,
                "李四", unit, " ", day(2025, 5, 16)), "an answer needs its text");
        execute(domain, SupervisionCommands.advanceNotice(domain, notice, NoticeStatus.ANSWERED, "李四", unit,
                "已落实整改", day(2025, 5, 16)));
        execute(domain, SupervisionCommands.advanceNotice(domain, notice, NoticeStatus.CLOSED, "王五", null, null,
                day(2025, 5, 18)));
        assertEquals(NoticeStatus.CLOSED, notice.getStatus());
        assertEquals(List.of(NoticeStatus.ASSIGNED, NoticeStatus.SIGNED, NoticeStatus.URGED, NoticeStatus.ANSWERED,
                NoticeStatus.CLOSED), notice.getSteps().stream().map(s -> s.getStatus()).toList());
        assertEquals(LocalDate.of(2025, 5, 16), PlanDates.toLocalDate(notice.getSteps().get(3).getDate()).orElseThrow());
        assertEquals("已落实整改", notice.getSteps().get(3).getText().getZh());

        Refusal closed = assertThrows(Refusal.class, () -> SupervisionCommands.advanceNotice(domain, notice,
                NoticeStatus.URGED, "王五", null, null, day(2025, 5, 19)));
        assertEquals("refusal.noticeClosed", closed.key());

        for (int i = 0; i < 4; i++) {
            domain.getCommandStack().undo();
        }
        assertEquals(NoticeStatus.ASSIGNED, notice.getStatus(), "each step is one undo");
        assertEquals(1, notice.getSteps().size());

        execute(domain, SupervisionCommands.sendNotice(domain, plan, t1, "再次督办", "", day(2025, 6, 20),
                t1.getLeadUnits(), "王五", day(2025, 6, 6)));
        assertEquals("督办〔2025〕2号", plan.getSupervisionNotices().get(1).getNumber());
    }

    @Test
    void theLifeCycleTable() {
        assertEquals(List.of(NoticeStatus.SIGNED, NoticeStatus.URGED), List.copyOf(NoticeLifecycle.next(NoticeStatus.ASSIGNED)));
        assertTrue(NoticeLifecycle.allowed(NoticeStatus.URGED, NoticeStatus.SIGNED));
        assertTrue(NoticeLifecycle.allowed(NoticeStatus.ANSWERED, NoticeStatus.URGED), "an answer that settles nothing");
        assertFalse(NoticeLifecycle.allowed(NoticeStatus.SIGNED, NoticeStatus.CLOSED), "no closing without an answer");
        assertFalse(NoticeLifecycle.allowed(NoticeStatus.SIGNED, NoticeStatus.ASSIGNED));
        assertTrue(NoticeLifecycle.next(NoticeStatus.CLOSED).isEmpty());
    }

    @Test
    void closeOutNeedsAnApprovalAndIsUndoneOnlyByANewOne() throws Exception {
        t1.setStatus(TaskStatus.COMPLETED);
        assertFalse(CloseOut.isClosedOut(plan, t1), "completed is not closed out without an approval");
        assertThrows(Refusal.class, () -> SupervisionCommands.closeOut(domain, plan, t1, "  ", null, day(2025, 7, 1)));
        assertTrue(plan.getCloseOutApprovals().isEmpty());

        t1.setStatus(TaskStatus.IN_PROGRESS);
        execute(domain, SupervisionCommands.closeOut(domain, plan, t1, "规划处赵六", "材料齐全", day(2025, 7, 1)));
        assertTrue(CloseOut.isClosedOut(plan, t1));
        assertEquals(TaskStatus.COMPLETED, t1.getStatus());
        assertEquals("规划处赵六", CloseOut.latest(plan, t1).orElseThrow().getApprovedBy());
        assertThrows(Refusal.class, () -> SupervisionCommands.closeOut(domain, plan, t1, "赵六", null, day(2025, 7, 2)));

        domain.getCommandStack().undo();
        assertFalse(CloseOut.isClosedOut(plan, t1), "undo in the editor takes the unsaved approval back");
        assertEquals(TaskStatus.IN_PROGRESS, t1.getStatus());
        domain.getCommandStack().redo();
        assertTrue(CloseOut.isClosedOut(plan, t1));

        assertThrows(Refusal.class, () -> SupervisionCommands.reopen(domain, plan, t1, "赵六", "", day(2025, 8, 1)),
                "reopening needs a reason");
        execute(domain, SupervisionCommands.reopen(domain, plan, t1, "赵六", "外方追加合作内容", day(2025, 8, 1)));
        assertFalse(CloseOut.isClosedOut(plan, t1));
        assertEquals(List.of(CloseOutKind.CLOSE_OUT, CloseOutKind.REOPEN),
                plan.getCloseOutApprovals().stream().map(a -> a.getKind()).toList(), "both records are kept");
        assertThrows(Refusal.class, () -> SupervisionCommands.reopen(domain, plan, t1, "赵六", "再次", day(2025, 8, 2)));
    }

    @Test
    void anApprovedExtensionKeepsTheOriginalDeadlineBesideTheNewOne() throws Exception {
        assertThrows(Refusal.class, () -> SupervisionCommands.requestExtension(domain, plan, t1, "审批周期长",
                day(2025, 6, 28), "李四", day(2025, 6, 1)), "not later than the deadline");
        execute(domain, SupervisionCommands.requestExtension(domain, plan, t1, "外方审批周期长", day(2025, 12, 31), "李四",
                day(2025, 6, 1)));
        ExtensionRequest request = plan.getExtensionRequests().get(0);
        assertEquals(ExtensionDecision.PENDING, request.getDecision());
        assertThrows(Refusal.class, () -> SupervisionCommands.requestExtension(domain, plan, t1, "再次", day(2026, 3, 31),
                "李四", day(2025, 6, 2)), "one pending request at a time");

        execute(domain, SupervisionCommands.decideExtension(domain, request, true, "王五", "同意", day(2025, 6, 5)));
        assertEquals(LocalDate.of(2025, 12, 31), PlanDates.toLocalDate(t1.getDeadline()).orElseThrow());
        assertEquals(LocalDate.of(2025, 6, 28), PlanDates.toLocalDate(t1.getOriginalDeadline()).orElseThrow());
        assertEquals(LocalDate.of(2025, 6, 28), PlanDates.toLocalDate(request.getOriginalDeadline()).orElseThrow());
        assertThrows(Refusal.class, () -> SupervisionCommands.decideExtension(domain, request, false, "王五", null,
                day(2025, 6, 6)));
        assertFalse(Lights.evaluate(plan, t1, period(plan, "period-2025-Q3"), day(2025, 7, 1),
                SupervisionRules.defaults()).has(Flag.OVERDUE), "judged by the new deadline");

        domain.getCommandStack().undo();
        assertEquals(LocalDate.of(2025, 6, 28), PlanDates.toLocalDate(t1.getDeadline()).orElseThrow());
        assertNull(t1.getOriginalDeadline());
        assertEquals(ExtensionDecision.PENDING, request.getDecision());
    }

    @Test
    void savingAnUpdateTwiceChangesTheOneUpdateAndReturnForReworkNeedsAReason() throws Exception {
        UpdateDraft draft = new UpdateDraft(t1, period(plan, "period-2025-Q1"), Optional.of(t1.getLeadUnits().get(0)),
                "", "", "", Optional.of(30), "", TaskStatus.IN_PROGRESS, List.of(), "李四", day(2025, 4, 2));
        assertThrows(Refusal.class, () -> SupervisionCommands.saveUpdate(domain, plan, draft, true),
                "nothing done: cannot be submitted");
        execute(domain, SupervisionCommands.saveUpdate(domain, plan, draft, false));
        assertEquals(UpdateStatus.DRAFT, plan.getProgressUpdates().get(0).getStatus());
        UpdateDraft full = new UpdateDraft(t1, period(plan, "period-2025-Q1"), Optional.of(t1.getLeadUnits().get(0)),
                "完成选址", "签约", "无", Optional.of(45), "", TaskStatus.IN_PROGRESS, List.of("platform-1"), "李四",
                day(2025, 4, 3));
        execute(domain, SupervisionCommands.saveUpdate(domain, plan, full, true));
        assertEquals(1, plan.getProgressUpdates().size());
        ProgressUpdate update = plan.getProgressUpdates().get(0);
        assertEquals(UpdateStatus.SUBMITTED, update.getStatus());
        assertEquals(45, update.getPercent());
        assertEquals("完成选址", update.getDone().getZh());
        assertEquals(List.of("platform-1"), update.getEvidenceItemIds());
        assertThrows(Refusal.class, () -> SupervisionCommands.saveUpdate(domain, plan,
                new UpdateDraft(t1, update.getPeriod(), Optional.empty(), "x", "", "", Optional.of(101), "",
                        TaskStatus.IN_PROGRESS, List.of(), "", day(2025, 4, 3)), true));

        assertThrows(Refusal.class, () -> SupervisionCommands.returnForRework(domain, update, "", "王五", day(2025, 4, 5)));
        execute(domain, SupervisionCommands.returnForRework(domain, update, "缺少佐证材料", "王五", day(2025, 4, 5)));
        assertEquals(UpdateStatus.RETURNED, update.getStatus());
        assertEquals("缺少佐证材料", update.getReturns().get(0).getReason().getZh());
        assertTrue(Lights.evaluate(plan, t1, update.getPeriod(), day(2025, 4, 11), SupervisionRules.defaults())
                .has(Flag.UNREPORTED), "a returned update must be submitted again");
        assertThrows(Refusal.class, () -> SupervisionCommands.returnForRework(domain, update, "再退", "王五", day(2025, 4, 6)));

        domain.getCommandStack().undo();
        domain.getCommandStack().undo();
        assertEquals(UpdateStatus.DRAFT, update.getStatus());
        assertEquals(30, update.getPercent());
        assertEquals("", update.getDone().getZh());
    }

    @Test
    void attachmentsAndContributions() throws Exception {
        ProgressUpdate update = Fixtures.report(plan, "t1", "period-2025-Q1", 30, UpdateStatus.SUBMITTED);
        assertThrows(Refusal.class, () -> SupervisionCommands.addAttachment(domain, update, "空.pdf", "application/pdf",
                new byte[0], day(2025, 4, 2)));
        assertThrows(Refusal.class, () -> SupervisionCommands.addAttachment(domain, update, "大.pdf", "application/pdf",
                new byte[SupervisionCommands.MAX_ATTACHMENT_BYTES + 1], day(2025, 4, 2)));
        execute(domain, SupervisionCommands.addAttachment(domain, update, "批复.pdf", "application/pdf", new byte[] { 1, 2 },
                day(2025, 4, 2)));
        execute(domain, SupervisionCommands.addContribution(domain, update, plan.getOrganizations().get(1), "协助对接",
                "陈静", day(2025, 4, 3)));
        assertEquals("批复.pdf", update.getAttachments().get(0).getName());
        assertEquals("org-b", update.getContributions().get(0).getUnit().getId());
    }

    @Test
    void periodsAreGeneratedOnceAndLabelledTheWayOfficesWriteThem() throws Exception {
        Plan blank = Fixtures.F.createPlan();
        blank.setId("p");
        blank.setStartYear(2024);
        blank.setEndYear(2027);
        AdapterFactoryEditingDomain d = Fixtures.domain(blank);
        execute(d, SupervisionCommands.generatePeriods(d, blank, org.planstudio.model.plan.ReportingPeriodKind.QUARTERLY,
                SupervisionRules.defaults()).orElseThrow());
        assertEquals(16, blank.getReportingPeriods().size());
        var q1 = blank.getReportingPeriods().get(4);
        assertEquals("period-2025-Q1", q1.getId());
        assertEquals("2025年第一季度", q1.getLabel().getZh());
        assertEquals("Q1 2025", Periods.label(q1, Locale.ENGLISH));
        assertEquals(LocalDate.of(2025, 3, 31), Periods.end(q1));
        assertEquals(LocalDate.of(2025, 4, 10), Periods.reportDue(q1));
        assertTrue(SupervisionCommands.generatePeriods(d, blank, org.planstudio.model.plan.ReportingPeriodKind.QUARTERLY,
                SupervisionRules.defaults()).isEmpty(), "generating again adds nothing");
        execute(d, SupervisionCommands.generatePeriods(d, blank, org.planstudio.model.plan.ReportingPeriodKind.HALF_YEARLY,
                SupervisionRules.defaults()).orElseThrow());
        assertEquals(16 + 8, blank.getReportingPeriods().size());
        assertEquals("2024年下半年", blank.getReportingPeriods().get(17).getLabel().getZh());
        d.getCommandStack().undo();
        assertEquals(16, blank.getReportingPeriods().size());

        var months = Periods.generate(2025, 2025, org.planstudio.model.plan.ReportingPeriodKind.MONTHLY, 5);
        assertEquals(12, months.size());
        assertEquals("2025年2月", months.get(1).getLabel().getZh());
        assertEquals(LocalDate.of(2025, 2, 28), Periods.end(months.get(1)));
        assertEquals(LocalDate.of(2025, 3, 5), Periods.reportDue(months.get(1)));

        Plan noYears = Fixtures.F.createPlan();
        assertThrows(Refusal.class, () -> SupervisionCommands.generatePeriods(d, noYears,
                org.planstudio.model.plan.ReportingPeriodKind.QUARTERLY, SupervisionRules.defaults()));
    }
}
