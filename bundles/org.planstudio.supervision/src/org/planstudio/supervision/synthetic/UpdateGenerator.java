package org.planstudio.supervision.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

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
import org.planstudio.model.plan.SupervisionNotice;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.UpdateStatus;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.supervision.Periods;

/**
 * Progress updates and supervision records for a plan, for tests, samples and the quarterly
 * report's demonstration; the same seed and day give the same records (ids included).
 *
 * <p>What it writes into the plan: quarterly periods when it has none; for every task and every
 * period whose report date is before {@code today}, an update most of the time (one task in five
 * tends to skip), with a percent that follows the linear expectation with a task-specific pace
 * (some ahead, some far behind); every third task's deadline is moved to the end of the plan's
 * second year (a phase deadline) so that some tasks are overdue; a task that reaches 100 % is
 * completed and closed out; a lagging task gets a notice that has moved along its life cycle and,
 * for one of them, an extension request.
 */
public final class UpdateGenerator {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private static final String[] DONE = { "召开专题推进会，明确年度工作清单", "与共建国家合作方签署合作备忘录",
            "完成联合实验室建设方案论证", "组织在京创新主体开展对接交流活动", "推动合作项目完成立项评审",
            "举办国际技术转移对接会", "完成年度项目申报指南发布", "开展共建国家科技人员来京培训" };
    private static final String[] NEXT = { "加快推进项目落地实施", "组织开展中期评估", "推动合作成果转化应用",
            "完善工作机制，加强跟踪调度" };
    private static final String[] PROBLEMS = { "外方审批流程较长，进度受到影响", "配套资金尚未全部到位",
            "境外人员来京交流受签证办理周期影响" };
    private static final String[] PERSONS = { "张明", "李华", "王芳", "刘洋", "陈静" };

    private UpdateGenerator() {
    }

    /** Fills {@code plan} in place and returns it. */
    public static Plan generate(Plan plan, LocalDate today, long seed) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(today, "today");
        Random random = new Random(seed);
        if (plan.getReportingPeriods().isEmpty() && plan.getStartYear() > 0) {
            plan.setReportingKind(ReportingPeriodKind.QUARTERLY);
            plan.getReportingPeriods().addAll(Periods.generate(plan.getStartYear(),
                    Math.max(plan.getStartYear(), plan.getEndYear()), ReportingPeriodKind.QUARTERLY, 10));
        }
        List<ReportingPeriod> due = new ArrayList<>();
        for (ReportingPeriod period : Periods.of(plan)) {
            if (Periods.reportDue(period).isBefore(today)) {
                due.add(period);
            }
        }
        LocalDate start = LocalDate.of(plan.getStartYear() > 0 ? plan.getStartYear() : today.getYear(), 1, 1);
        int index = 0;
        int notices = 0;
        for (TaskArea area : plan.getTaskAreas()) {
            for (KeyTask task : area.getTasks()) {
                if (index % 3 == 2 && plan.getStartYear() > 0) {
                    task.setDeadline(PlanDates.toDate(LocalDate.of(plan.getStartYear() + 1, 12, 31)));
                }
                double pace = 0.55 + random.nextDouble() * 0.7;
                boolean skipper = random.nextInt(5) == 0;
                notices += generateTask(plan, task, due, start, today, pace, skipper, random, index, notices);
                index++;
            }
        }
        return plan;
    }

    private static int generateTask(Plan plan, KeyTask task, List<ReportingPeriod> due, LocalDate start,
            LocalDate today, double pace, boolean skipper, Random random, int index, int notices) {
        LocalDate deadline = PlanDates.toLocalDate(task.getDeadline()).orElse(start.plusYears(4).minusDays(1));
        double total = Math.max(1, deadline.toEpochDay() - start.toEpochDay());
        int percent = 0;
        int count = 0;
        for (ReportingPeriod period : due) {
            if (percent >= 100 || random.nextDouble() < (skipper ? 0.5 : 0.1)) {
                continue;
            }
            double linear = 100 * (Periods.end(period).toEpochDay() - start.toEpochDay()) / total;
            percent = Math.min(100, Math.max(percent, (int) Math.round(linear * pace + random.nextInt(7) - 3)));
            ProgressUpdate update = F.createProgressUpdate();
            update.setId("gen-update-" + task.getId() + "-" + period.getId());
            update.setTask(task);
            update.setPeriod(period);
            if (!task.getLeadUnits().isEmpty()) {
                update.setLeadUnit(task.getLeadUnits().get(0));
            }
            update.setDone(Texts.of(pick(DONE, random) + "；" + pick(DONE, random)));
            update.setNextSteps(Texts.of(pick(NEXT, random)));
            update.setProblems(Texts.of(random.nextInt(3) == 0 ? pick(PROBLEMS, random) : "无"));
            update.setPercent(percent);
            update.setTaskStatus(percent >= 100 ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS);
            update.setStatus(random.nextInt(4) == 0 ? UpdateStatus.ACCEPTED : UpdateStatus.SUBMITTED);
            update.setSubmittedBy(pick(PERSONS, random));
            update.setSubmittedAt(PlanDates.toDate(Periods.reportDue(period).minusDays(random.nextInt(8))));
            if (!task.getSupportingUnits().isEmpty() && random.nextBoolean()) {
                Contribution contribution = F.createContribution();
                contribution.setId(update.getId() + "-c");
                contribution.setUnit(task.getSupportingUnits().get(0));
                contribution.setText(Texts.of("配合" + pick(DONE, random)));
                contribution.setSubmittedBy(pick(PERSONS, random));
                contribution.setSubmittedAt(update.getSubmittedAt());
                update.getContributions().add(contribution);
            }
            plan.getProgressUpdates().add(update);
            count++;
        }
        if (count > 0) {
            task.setStatus(percent >= 100 ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS);
        }
        if (percent >= 100) {
            CloseOutApproval approval = F.createCloseOutApproval();
            approval.setId("gen-closeout-" + task.getId());
            approval.setTask(task);
            approval.setKind(CloseOutKind.CLOSE_OUT);
            approval.setApprovedBy(pick(PERSONS, random));
            approval.setApprovedAt(PlanDates.toDate(today.minusDays(5)));
            plan.getCloseOutApprovals().add(approval);
            return 0;
        }
        if (due.isEmpty() || pace >= 0.85) {
            return 0;
        }
        ReportingPeriod last = due.get(due.size() - 1);
        LocalDate sent = Periods.reportDue(last).plusDays(3);
        if (!sent.isBefore(today)) {
            return 0;
        }
        SupervisionNotice notice = F.createSupervisionNotice();
        notice.setId("gen-notice-" + task.getId());
        notice.setNumber("督办〔" + sent.getYear() + "〕" + (notices + 1) + "号");
        notice.setTask(task);
        notice.setIssue(Texts.of("任务进度滞后于序时进度"));
        notice.setRequirement(Texts.of("请于办理时限前报送整改措施和时间安排"));
        notice.setDueDate(PlanDates.toDate(sent.plusDays(15)));
        notice.getSentTo().addAll(task.getLeadUnits());
        NoticeStatus[] path = { NoticeStatus.ASSIGNED, NoticeStatus.SIGNED, NoticeStatus.ANSWERED, NoticeStatus.CLOSED };
        int steps = 1 + (index % path.length);
        for (int i = 0; i < steps; i++) {
            NoticeStep step = F.createNoticeStep();
            step.setId(notice.getId() + "-" + i);
            step.setStatus(path[i]);
            step.setDate(PlanDates.toDate(min(sent.plusDays(2L * i), today)));
            step.setBy(pick(PERSONS, random));
            if (path[i] == NoticeStatus.ANSWERED) {
                step.setText(Texts.of("已制定整改方案，倒排工期加快推进"));
            }
            notice.getSteps().add(step);
        }
        notice.setStatus(path[steps - 1]);
        plan.getSupervisionNotices().add(notice);
        if (notices == 0) {
            ExtensionRequest request = F.createExtensionRequest();
            request.setId("gen-extension-" + task.getId());
            request.setTask(task);
            request.setReason(Texts.of("合作方内部审批周期延长"));
            request.setOriginalDeadline(task.getDeadline());
            request.setProposedDeadline(PlanDates.toDate(deadline.plusMonths(6)));
            request.setRequestedBy(pick(PERSONS, random));
            request.setRequestedAt(PlanDates.toDate(sent.plusDays(1)));
            request.setDecision(ExtensionDecision.PENDING);
            plan.getExtensionRequests().add(request);
        }
        return 1;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
