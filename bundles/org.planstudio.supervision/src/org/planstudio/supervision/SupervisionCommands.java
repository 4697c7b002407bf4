package org.planstudio.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Attachment;
import org.planstudio.model.plan.CloseOutApproval;
import org.planstudio.model.plan.CloseOutKind;
import org.planstudio.model.plan.Contribution;
import org.planstudio.model.plan.ExtensionDecision;
import org.planstudio.model.plan.ExtensionRequest;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.NoticeStatus;
import org.planstudio.model.plan.NoticeStep;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage.Literals;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.ReportingPeriodKind;
import org.planstudio.model.plan.ReturnForRework;
import org.planstudio.model.plan.SupervisionNotice;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.UpdateStatus;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;

/**
 * Every edit of progress and supervision as one EMF command on the plan editor's stack, so each
 * is undone in one step. A command is refused ({@link Refusal}) before anything changes when the
 * rules do not allow it.
 */
public final class SupervisionCommands {

    /** Larger files belong in the document system; the plan keeps evidence, not archives. */
    public static final int MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private SupervisionCommands() {
    }

    /** Adds the periods of the plan's years that it lacks and sets its kind; empty when nothing changes. */
    public static Optional<Command> generatePeriods(EditingDomain domain, Plan plan, ReportingPeriodKind kind,
            SupervisionRules rules) throws Refusal {
        Objects.requireNonNull(plan, "plan");
        if (plan.getStartYear() <= 0 || plan.getEndYear() < plan.getStartYear()) {
            throw new Refusal("refusal.planYears");
        }
        Set<String> existing = new HashSet<>();
        plan.getReportingPeriods().forEach(p -> existing.add(p.getId()));
        List<ReportingPeriod> missing = Periods.generate(plan.getStartYear(), plan.getEndYear(), kind,
                rules.reportDueDays()).stream().filter(p -> !existing.contains(p.getId())).toList();
        CompoundCommand command = new CompoundCommand(label("command.generatePeriods"));
        if (plan.getReportingKind() != kind) {
            command.append(SetCommand.create(domain, plan, Literals.PLAN__REPORTING_KIND, kind));
        }
        if (!missing.isEmpty()) {
            command.append(AddCommand.create(domain, plan, Literals.PLAN__REPORTING_PERIODS, missing));
        }
        return command.isEmpty() ? Optional.empty() : Optional.of(command.unwrap());
    }

    /**
     * Saves a unit's update for its task and period: creates it, or changes the one there is.
     * {@code submit} reports it (报送); otherwise it stays a draft. An accepted update is final.
     */
    public static Command saveUpdate(EditingDomain domain, Plan plan, UpdateDraft draft, boolean submit)
            throws Refusal {
        return saveUpdate(domain, plan, draft, submit, List.of(), List.of());
    }

    /**
     * Saves the update as {@link #saveUpdate(EditingDomain, Plan, UpdateDraft, boolean)} does and, in
     * the same command, attaches {@code added} and takes {@code removed} (attachments of this
     * update) off it: one undo takes the whole dialog back.
     */
    public static Command saveUpdate(EditingDomain domain, Plan plan, UpdateDraft draft, boolean submit,
            List<AttachmentFile> added, List<Attachment> removed) throws Refusal {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(removed, "removed");
        for (AttachmentFile file : added) {
            AttachmentFile.check(file.name(), file.size());
        }
        if (draft.percent().filter(p -> p < 0 || p > 100).isPresent()) {
            throw new Refusal("refusal.percent", draft.percent().get());
        }
        if (submit && draft.done().isBlank()) {
            throw new Refusal("refusal.doneMissing");
        }
        UpdateStatus status = submit ? UpdateStatus.SUBMITTED : UpdateStatus.DRAFT;
        Optional<ProgressUpdate> existing = Updates.find(plan, draft.task(), draft.period());
        if (existing.isEmpty()) {
            ProgressUpdate update = F.createProgressUpdate();
            update.setId(Ids.newId());
            update.setTask(draft.task());
            update.setPeriod(draft.period());
            draft.leadUnit().ifPresent(update::setLeadUnit);
            update.setDone(Texts.of(draft.done()));
            update.setNextSteps(Texts.of(draft.nextSteps()));
            update.setProblems(Texts.of(draft.problems()));
            update.setPercent(draft.percent().orElse(null));
            update.setMilestone(Texts.of(draft.milestone()));
            update.setTaskStatus(draft.taskStatus());
            update.getEvidenceItemIds().addAll(draft.evidenceItemIds());
            update.setStatus(status);
            update.setSubmittedBy(draft.by());
            update.setSubmittedAt(PlanDates.toDate(draft.at()));
            added.forEach(file -> update.getAttachments().add(attachment(file, draft.at())));
            return AddCommand.create(domain, plan, Literals.PLAN__PROGRESS_UPDATES, update);
        }
        ProgressUpdate update = existing.get();
        if (update.getStatus() == UpdateStatus.ACCEPTED) {
            throw new Refusal("refusal.updateAccepted");
        }
        List<Attachment> taken = removed.stream().filter(a -> update.getAttachments().contains(a)).toList();
        CompoundCommand command = new CompoundCommand(label("command.saveUpdate"));
        setText(domain, command, update, Literals.PROGRESS_UPDATE__DONE, draft.done());
        setText(domain, command, update, Literals.PROGRESS_UPDATE__NEXT_STEPS, draft.nextSteps());
        setText(domain, command, update, Literals.PROGRESS_UPDATE__PROBLEMS, draft.problems());
        setText(domain, command, update, Literals.PROGRESS_UPDATE__MILESTONE, draft.milestone());
        set(domain, command, update, Literals.PROGRESS_UPDATE__LEAD_UNIT, draft.leadUnit().orElse(null));
        set(domain, command, update, Literals.PROGRESS_UPDATE__PERCENT, draft.percent().orElse(null));
        set(domain, command, update, Literals.PROGRESS_UPDATE__TASK_STATUS, draft.taskStatus());
        if (!update.getEvidenceItemIds().equals(draft.evidenceItemIds())) {
            command.append(SetCommand.create(domain, update, Literals.PROGRESS_UPDATE__EVIDENCE_ITEM_IDS,
                    draft.evidenceItemIds()));
        }
        set(domain, command, update, Literals.PROGRESS_UPDATE__STATUS, status);
        set(domain, command, update, Literals.PROGRESS_UPDATE__SUBMITTED_BY, draft.by());
        set(domain, command, update, Literals.PROGRESS_UPDATE__SUBMITTED_AT, PlanDates.toDate(draft.at()));
        if (!taken.isEmpty()) {
            command.append(RemoveCommand.create(domain, update, Literals.PROGRESS_UPDATE__ATTACHMENTS, taken));
        }
        if (!added.isEmpty()) {
            command.append(AddCommand.create(domain, update, Literals.PROGRESS_UPDATE__ATTACHMENTS,
                    added.stream().map(file -> attachment(file, draft.at())).toList()));
        }
        return command.unwrap();
    }

    private static Attachment attachment(AttachmentFile file, LocalDate at) {
        Attachment attachment = F.createAttachment();
        attachment.setId(Ids.newId());
        attachment.setName(file.name());
        attachment.setMediaType(file.mediaType());
        attachment.setContent(file.content());
        attachment.setAddedAt(PlanDates.toDate(at));
        return attachment;
    }

    public static Command addAttachment(EditingDomain domain, ProgressUpdate update, String name, String mediaType,
            byte[] content, LocalDate at) throws Refusal {
        Objects.requireNonNull(content, "content");
        AttachmentFile.check(name, content.length);
        AttachmentFile file = new AttachmentFile(Objects.requireNonNull(name, "name"),
                Objects.requireNonNullElse(mediaType, "application/octet-stream"), content);
        return AddCommand.create(domain, update, Literals.PROGRESS_UPDATE__ATTACHMENTS, attachment(file, at));
    }

    /** A supporting unit's part (配合单位报送) in the lead unit's update. */
    public static Command addContribution(EditingDomain domain, ProgressUpdate update, Organization unit, String text,
            String by, LocalDate at) throws Refusal {
        if (text == null || text.isBlank()) {
            throw new Refusal("refusal.contributionText");
        }
        return AddCommand.create(domain, update, Literals.PROGRESS_UPDATE__CONTRIBUTIONS,
                contribution(Objects.requireNonNull(unit, "unit"), text, by, at));
    }

    private static Contribution contribution(Organization unit, String text, String by, LocalDate at) {
        Contribution contribution = F.createContribution();
        contribution.setId(Ids.newId());
        contribution.setUnit(unit);
        contribution.setText(Texts.of(text));
        contribution.setSubmittedBy(by);
        contribution.setSubmittedAt(PlanDates.toDate(at));
        return contribution;
    }

    /**
     * A supporting unit adds its part to the lead unit's update of {@code task} for {@code period}.
     * When the lead unit has not started one, a draft update holds the part until the lead unit
     * writes and submits the rest: supporting units often report first.
     */
    public static Command contribute(EditingDomain domain, Plan plan, KeyTask task, ReportingPeriod period,
            Organization unit, String text, String by, LocalDate at) throws Refusal {
        Objects.requireNonNull(unit, "unit");
        if (!task.getSupportingUnits().contains(unit)) {
            throw new Refusal("refusal.notSupportingUnit", unit.getName() == null ? unit.getId()
                    : Texts.label(unit.getName(), java.util.Locale.getDefault()));
        }
        Optional<ProgressUpdate> existing = Updates.find(plan, task, period);
        if (existing.isPresent()) {
            if (existing.get().getStatus() == UpdateStatus.ACCEPTED) {
                throw new Refusal("refusal.updateAccepted");
            }
            return addContribution(domain, existing.get(), unit, text, by, at);
        }
        if (text == null || text.isBlank()) {
            throw new Refusal("refusal.contributionText");
        }
        ProgressUpdate update = F.createProgressUpdate();
        update.setId(Ids.newId());
        update.setTask(task);
        update.setPeriod(period);
        task.getLeadUnits().stream().findFirst().ifPresent(update::setLeadUnit);
        update.setStatus(UpdateStatus.DRAFT);
        update.setTaskStatus(task.getStatus() == null ? TaskStatus.IN_PROGRESS : task.getStatus());
        update.getContributions().add(contribution(unit, text, by, at));
        CompoundCommand command = new CompoundCommand(label("command.contribute"));
        command.append(AddCommand.create(domain, plan, Literals.PLAN__PROGRESS_UPDATES, update));
        return command;
    }

    /** 退办: the supervising office sends a submitted update back with a reason. */
    public static Command returnForRework(EditingDomain domain, ProgressUpdate update, String reason, String by,
            LocalDate at) throws Refusal {
        if (update.getStatus() != UpdateStatus.SUBMITTED) {
            throw new Refusal("refusal.returnNotSubmitted");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("refusal.reasonMissing");
        }
        ReturnForRework back = F.createReturnForRework();
        back.setId(Ids.newId());
        back.setReason(Texts.of(reason));
        back.setReturnedBy(by);
        back.setReturnedAt(PlanDates.toDate(at));
        CompoundCommand command = new CompoundCommand(label("command.returnForRework"));
        command.append(AddCommand.create(domain, update, Literals.PROGRESS_UPDATE__RETURNS, back));
        command.append(SetCommand.create(domain, update, Literals.PROGRESS_UPDATE__STATUS, UpdateStatus.RETURNED));
        return command;
    }

    public static Command accept(EditingDomain domain, ProgressUpdate update) throws Refusal {
        if (update.getStatus() != UpdateStatus.SUBMITTED) {
            throw new Refusal("refusal.acceptNotSubmitted");
        }
        return SetCommand.create(domain, update, Literals.PROGRESS_UPDATE__STATUS, UpdateStatus.ACCEPTED);
    }

    /** 交办: a new notice, numbered 督办〔year〕n号 in the order of the year's notices. */
    public static Command sendNotice(EditingDomain domain, Plan plan, KeyTask task, String issue, String requirement,
            LocalDate dueDate, Collection<Organization> sentTo, String by, LocalDate at) throws Refusal {
        Objects.requireNonNull(task, "task");
        if (issue == null || issue.isBlank()) {
            throw new Refusal("refusal.issueMissing");
        }
        if (dueDate == null || dueDate.isBefore(at)) {
            throw new Refusal("refusal.noticeDue");
        }
        if (sentTo.isEmpty()) {
            throw new Refusal("refusal.noticeUnits");
        }
        SupervisionNotice notice = F.createSupervisionNotice();
        notice.setId(Ids.newId());
        notice.setNumber(nextNumber(plan, at.getYear()));
        notice.setTask(task);
        notice.setIssue(Texts.of(issue));
        notice.setRequirement(Texts.of(Objects.requireNonNullElse(requirement, "")));
        notice.setDueDate(PlanDates.toDate(dueDate));
        notice.getSentTo().addAll(sentTo);
        notice.setStatus(NoticeStatus.ASSIGNED);
        notice.getSteps().add(step(NoticeStatus.ASSIGNED, by, null, issue, at));
        return AddCommand.create(domain, plan, Literals.PLAN__SUPERVISION_NOTICES, notice);
    }

    /** 签收, 反馈, 催办 or 办结, checked against the life cycle; an answer needs its text. */
    public static Command advanceNotice(EditingDomain domain, SupervisionNotice notice, NoticeStatus to, String by,
            Organization unit, String text, LocalDate at) throws Refusal {
        NoticeLifecycle.check(notice.getNumber(), notice.getStatus(), Objects.requireNonNull(to, "to"));
        if (to == NoticeStatus.ANSWERED && (text == null || text.isBlank())) {
            throw new Refusal("refusal.answerMissing");
        }
        CompoundCommand command = new CompoundCommand(label("command.notice." + to.name()));
        command.append(AddCommand.create(domain, notice, Literals.SUPERVISION_NOTICE__STEPS,
                step(to, by, unit, text, at)));
        command.append(SetCommand.create(domain, notice, Literals.SUPERVISION_NOTICE__STATUS, to));
        return command;
    }

    /** 延期申请: the current deadline is kept on the request beside the proposed one. */
    public static Command requestExtension(EditingDomain domain, Plan plan, KeyTask task, String reason,
            LocalDate proposed, String by, LocalDate at) throws Refusal {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("refusal.reasonMissing");
        }
        Optional<LocalDate> deadline = PlanDates.toLocalDate(task.getDeadline());
        if (proposed == null || deadline.isPresent() && !proposed.isAfter(deadline.get())) {
            throw new Refusal("refusal.extensionDate");
        }
        if (plan.getExtensionRequests().stream()
                .anyMatch(r -> r.getTask() == task && r.getDecision() == ExtensionDecision.PENDING)) {
            throw new Refusal("refusal.extensionPending");
        }
        ExtensionRequest request = F.createExtensionRequest();
        request.setId(Ids.newId());
        request.setTask(task);
        request.setReason(Texts.of(reason));
        request.setOriginalDeadline(task.getDeadline());
        request.setProposedDeadline(PlanDates.toDate(proposed));
        request.setRequestedBy(by);
        request.setRequestedAt(PlanDates.toDate(at));
        request.setDecision(ExtensionDecision.PENDING);
        return AddCommand.create(domain, plan, Literals.PLAN__EXTENSION_REQUESTS, request);
    }

    /** Approving moves the task's deadline and keeps the plan's original one on the task. */
    public static Command decideExtension(EditingDomain domain, ExtensionRequest request, boolean approve, String by,
            String note, LocalDate at) throws Refusal {
        if (request.getDecision() != ExtensionDecision.PENDING) {
            throw new Refusal("refusal.extensionDecided");
        }
        if (by == null || by.isBlank()) {
            throw new Refusal("refusal.approverMissing");
        }
        CompoundCommand command = new CompoundCommand(label(approve ? "command.approveExtension" : "command.refuseExtension"));
        command.append(SetCommand.create(domain, request, Literals.EXTENSION_REQUEST__DECISION,
                approve ? ExtensionDecision.APPROVED : ExtensionDecision.REFUSED));
        command.append(SetCommand.create(domain, request, Literals.EXTENSION_REQUEST__DECIDED_BY, by));
        command.append(SetCommand.create(domain, request, Literals.EXTENSION_REQUEST__DECIDED_AT, PlanDates.toDate(at)));
        if (note != null && !note.isBlank()) {
            command.append(SetCommand.create(domain, request, Literals.EXTENSION_REQUEST__DECISION_NOTE, Texts.of(note)));
        }
        KeyTask task = request.getTask();
        if (approve) {
            if (task.getOriginalDeadline() == null && request.getOriginalDeadline() != null) {
                command.append(SetCommand.create(domain, task, Literals.KEY_TASK__ORIGINAL_DEADLINE,
                        request.getOriginalDeadline()));
            }
            command.append(SetCommand.create(domain, task, Literals.KEY_TASK__DEADLINE, request.getProposedDeadline()));
        }
        return command;
    }

    /** 销号: needs the approving plan editor's name; records the approval and completes the task. */
    public static Command closeOut(EditingDomain domain, Plan plan, KeyTask task, String approvedBy, String note,
            LocalDate at) throws Refusal {
        if (approvedBy == null || approvedBy.isBlank()) {
            throw new Refusal("refusal.approverMissing");
        }
        if (CloseOut.isClosedOut(plan, task)) {
            throw new Refusal("refusal.alreadyClosedOut");
        }
        CompoundCommand command = new CompoundCommand(label("command.closeOut"));
        command.append(AddCommand.create(domain, plan, Literals.PLAN__CLOSE_OUT_APPROVALS,
                approval(task, CloseOutKind.CLOSE_OUT, approvedBy, note, at)));
        if (task.getStatus() != TaskStatus.COMPLETED) {
            command.append(SetCommand.create(domain, task, Literals.KEY_TASK__STATUS, TaskStatus.COMPLETED));
        }
        return command;
    }

    /** Undoes a close-out the only way there is: a new approval record that reopens the task. */
    public static Command reopen(EditingDomain domain, Plan plan, KeyTask task, String approvedBy, String note,
            LocalDate at) throws Refusal {
        if (approvedBy == null || approvedBy.isBlank()) {
            throw new Refusal("refusal.approverMissing");
        }
        if (!CloseOut.isClosedOut(plan, task)) {
            throw new Refusal("refusal.notClosedOut");
        }
        if (note == null || note.isBlank()) {
            throw new Refusal("refusal.reasonMissing");
        }
        CompoundCommand command = new CompoundCommand(label("command.reopen"));
        command.append(AddCommand.create(domain, plan, Literals.PLAN__CLOSE_OUT_APPROVALS,
                approval(task, CloseOutKind.REOPEN, approvedBy, note, at)));
        command.append(SetCommand.create(domain, task, Literals.KEY_TASK__STATUS, TaskStatus.IN_PROGRESS));
        return command;
    }

    private static CloseOutApproval approval(KeyTask task, CloseOutKind kind, String by, String note, LocalDate at) {
        CloseOutApproval approval = F.createCloseOutApproval();
        approval.setId(Ids.newId());
        approval.setTask(task);
        approval.setKind(kind);
        approval.setApprovedBy(by);
        approval.setApprovedAt(PlanDates.toDate(at));
        if (note != null && !note.isBlank()) {
            approval.setNote(Texts.of(note));
        }
        return approval;
    }

    private static NoticeStep step(NoticeStatus status, String by, Organization unit, String text, LocalDate at) {
        NoticeStep step = F.createNoticeStep();
        step.setId(Ids.newId());
        step.setStatus(status);
        step.setBy(by);
        step.setUnit(unit);
        step.setDate(PlanDates.toDate(Objects.requireNonNull(at, "at")));
        if (text != null && !text.isBlank()) {
            step.setText(Texts.of(text));
        }
        return step;
    }

    static String nextNumber(Plan plan, int year) {
        String prefix = "督办〔" + year + "〕";
        int max = 0;
        for (SupervisionNotice notice : plan.getSupervisionNotices()) {
            String number = notice.getNumber();
            if (number != null && number.startsWith(prefix) && number.endsWith("号")) {
                try {
                    max = Math.max(max, Integer.parseInt(number.substring(prefix.length(), number.length() - 1)));
                } catch (NumberFormatException e) {
                    // a hand-typed number: it does not take part in the numbering
                }
            }
        }
        return prefix + (max + 1) + "号";
    }

    private static void setText(EditingDomain domain, CompoundCommand command, EObject owner, EReference feature,
            String zh) {
        LocalizedText text = (LocalizedText) owner.eGet(feature);
        if (text == null) {
            command.append(SetCommand.create(domain, owner, feature, Texts.of(zh)));
        } else if (!zh.equals(Objects.requireNonNullElse(text.getZh(), ""))) {
            command.append(SetCommand.create(domain, text, Literals.LOCALIZED_TEXT__ZH, zh));
        }
    }

    private static void set(EditingDomain domain, CompoundCommand command, EObject owner,
            org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        if (!Objects.equals(owner.eGet(feature), value)) {
            command.append(SetCommand.create(domain, owner, feature, value));
        }
    }

    private static String label(String key) {
        return org.planstudio.supervision.internal.SupervisionTexts.get(java.util.Locale.getDefault(), key);
    }
}
