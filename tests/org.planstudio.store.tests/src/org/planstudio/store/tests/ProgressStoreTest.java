package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Attachment;
import org.planstudio.model.plan.CloseOutApproval;
import org.planstudio.model.plan.CloseOutKind;
import org.planstudio.model.plan.Contribution;
import org.planstudio.model.plan.ExtensionDecision;
import org.planstudio.model.plan.ExtensionRequest;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.NoticeStatus;
import org.planstudio.model.plan.NoticeStep;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.ReportingPeriodKind;
import org.planstudio.model.plan.ReturnForRework;
import org.planstudio.model.plan.SupervisionNotice;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.UpdateStatus;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.store.PlanStore;

/** Progress updates, notices, extensions and close-outs are element rows like the rest of the plan. */
class ProgressStoreTest {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    @TempDir
    Path temp;

    @Test
    void supervisionRecordsRoundTripAsElementRows() throws Exception {
        Path folder = temp.resolve("db");
        Plan plan = TestPlans.rich("plan-progress");
        byte[] evidence = new byte[100_000];
        for (int i = 0; i < evidence.length; i++) {
            evidence[i] = (byte) (i * 31);
        }
        addSupervision(plan, evidence);
        try (PlanStore store = PlanStore.open(TestStores.config(folder))) {
            store.save(plan, 0, "张三", "");
            Plan loaded = store.loadLatest("plan-progress").orElseThrow().plan();
            assertTrue(PlanResources.equal(plan, loaded), "reloaded plan differs from the saved one");
            ProgressUpdate update = loaded.getProgressUpdates().get(0);
            assertEquals("task-1", update.getTask().getId());
            assertEquals("period-2025-Q1", update.getPeriod().getId());
            assertEquals(Integer.valueOf(40), update.getPercent());
            assertEquals(List.of("platform-lab"), update.getEvidenceItemIds());
            assertArrayEquals(evidence, update.getAttachments().get(0).getContent());
            assertEquals("org-zgc", update.getContributions().get(0).getUnit().getId());
            assertEquals(NoticeStatus.SIGNED, loaded.getSupervisionNotices().get(0).getStatus());
            assertEquals(2, loaded.getSupervisionNotices().get(0).getSteps().size());
            assertEquals(LocalDate.of(2025, 12, 31),
                    PlanDates.toLocalDate(loaded.getExtensionRequests().get(0).getOriginalDeadline()).orElseThrow());
            assertEquals(CloseOutKind.CLOSE_OUT, loaded.getCloseOutApprovals().get(0).getKind());

            // A second save that changes one update's text writes one new row, not the attachment again.
            loaded.getProgressUpdates().get(0).getDone().setZh("完成联合实验室选址，签署合作协议");
            store.save(loaded, 1, "张三", "");
        }
        try (DirectDerby db = new DirectDerby(folder)) {
            assertEquals(0, db.count("PLAN_REVISION WHERE STORAGE <> 'E'"), "every revision as element rows");
            assertEquals(1, db.count("PLAN_ELEMENT WHERE FROM_REVISION = 2"), "only the changed update is written again");
            assertEquals(1, db.count("PLAN_ELEMENT WHERE KIND = 'Attachment'"));
        }
    }

    static void addSupervision(Plan plan, byte[] evidence) {
        KeyTask task = plan.getTaskAreas().get(0).getTasks().get(0);
        plan.setReportingKind(ReportingPeriodKind.QUARTERLY);
        ReportingPeriod q1 = F.createReportingPeriod();
        q1.setId("period-2025-Q1");
        q1.setKind(ReportingPeriodKind.QUARTERLY);
        q1.setLabel(Texts.of("2025年第一季度", "Q1 2025"));
        q1.setStart(day(2025, 1, 1));
        q1.setEnd(day(2025, 3, 31));
        q1.setReportDue(day(2025, 4, 10));
        plan.getReportingPeriods().add(q1);

        ProgressUpdate update = F.createProgressUpdate();
        update.setId("update-1");
        update.setTask(task);
        update.setPeriod(q1);
        update.setLeadUnit(task.getLeadUnits().get(0));
        update.setDone(Texts.of("完成联合实验室选址"));
        update.setNextSteps(Texts.of("签署合作协议"));
        update.setProblems(Texts.of("外方资金未到位"));
        update.setPercent(40);
        update.setMilestone(Texts.of("选址完成"));
        update.setStatus(UpdateStatus.RETURNED);
        update.setTaskStatus(TaskStatus.IN_PROGRESS);
        update.getEvidenceItemIds().add("platform-lab");
        Attachment attachment = F.createAttachment();
        attachment.setId("attachment-1");
        attachment.setName("选址批复.pdf");
        attachment.setMediaType("application/pdf");
        attachment.setContent(evidence);
        attachment.setAddedAt(day(2025, 4, 2));
        update.getAttachments().add(attachment);
        update.setSubmittedBy("李四");
        update.setSubmittedAt(day(2025, 4, 3));
        Contribution contribution = F.createContribution();
        contribution.setId("contribution-1");
        contribution.setUnit(task.getSupportingUnits().get(0));
        contribution.setText(Texts.of("协助对接外方高校"));
        update.getContributions().add(contribution);
        ReturnForRework back = F.createReturnForRework();
        back.setId("return-1");
        back.setReason(Texts.of("缺少佐证材料"));
        back.setReturnedBy("王五");
        back.setReturnedAt(day(2025, 4, 5));
        update.getReturns().add(back);
        plan.getProgressUpdates().add(update);

        SupervisionNotice notice = F.createSupervisionNotice();
        notice.setId("notice-1");
        notice.setNumber("督办〔2025〕1号");
        notice.setTask(task);
        notice.setIssue(Texts.of("进度滞后"));
        notice.setRequirement(Texts.of("5个工作日内报送整改方案"));
        notice.setDueDate(day(2025, 5, 15));
        notice.getSentTo().add(task.getLeadUnits().get(0));
        notice.setStatus(NoticeStatus.SIGNED);
        notice.getSteps().add(step("step-1", NoticeStatus.ASSIGNED, day(2025, 5, 6), "王五"));
        notice.getSteps().add(step("step-2", NoticeStatus.SIGNED, day(2025, 5, 7), "李四"));
        plan.getSupervisionNotices().add(notice);

        ExtensionRequest extension = F.createExtensionRequest();
        extension.setId("extension-1");
        extension.setTask(task);
        extension.setReason(Texts.of("外方审批周期长"));
        extension.setOriginalDeadline(day(2025, 12, 31));
        extension.setProposedDeadline(day(2026, 6, 30));
        extension.setDecision(ExtensionDecision.APPROVED);
        extension.setDecidedBy("王五");
        plan.getExtensionRequests().add(extension);

        CloseOutApproval approval = F.createCloseOutApproval();
        approval.setId("closeout-1");
        approval.setTask(plan.getTaskAreas().get(0).getTasks().get(1));
        approval.setKind(CloseOutKind.CLOSE_OUT);
        approval.setApprovedBy("赵六");
        approval.setApprovedAt(day(2025, 6, 1));
        plan.getCloseOutApprovals().add(approval);
    }

    private static NoticeStep step(String id, NoticeStatus status, java.util.Date date, String by) {
        NoticeStep step = F.createNoticeStep();
        step.setId(id);
        step.setStatus(status);
        step.setDate(date);
        step.setBy(by);
        return step;
    }

    private static java.util.Date day(int year, int month, int day) {
        return PlanDates.toDate(LocalDate.of(year, month, day));
    }
}
