package org.planstudio.ui.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.planstudio.model.plan.ExtensionDecision;
import org.planstudio.model.plan.ExtensionRequest;
import org.planstudio.model.plan.NoticeStatus;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.SupervisionNotice;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.supervision.Refusal;
import org.planstudio.supervision.SupervisionCommands;
import org.planstudio.supervision.Updates;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.StoreAccess;

/** The view's actions on the selected task; each builds one command and runs it on the editor's stack. */
final class SupervisionActions {

    /** What an action needs; the command it returns is executed, a refusal is shown. */
    @FunctionalInterface
    private interface Step {
        Optional<Command> build(Context context) throws Refusal;
    }

    private record Context(PlanEditor editor, EditingDomain domain, Plan plan, Row row, Optional<ReportingPeriod> period,
            Shell shell, LocalDate today, String user) {
    }

    private final SupervisionView view;
    private final List<Action> actions = new ArrayList<>();

    SupervisionActions(SupervisionView view) {
        this.view = view;
        add(Messages.Action_update, c -> {
            updateProgress(c.row());
            return Optional.empty();
        });
        add(Messages.Action_contribute, c -> {
            c.period().ifPresent(p -> new ContributionDialog(c.shell(), c.editor(), c.row().task(), p, c.today()).open());
            return Optional.empty();
        });
        actions.add(null);
        add(Messages.Action_send, this::send);
        add(Messages.Action_sign, c -> Optional.ofNullable(advance(c, NoticeStatus.SIGNED, null)));
        add(Messages.Action_answer, c -> ask(c, Messages.Prompt_answer, "").map(text -> advance(c, NoticeStatus.ANSWERED, text)));
        add(Messages.Action_urge, c -> ask(c, Messages.Prompt_urge, "").map(text -> advance(c, NoticeStatus.URGED, text)));
        add(Messages.Action_closeNotice, c -> Optional.ofNullable(advance(c, NoticeStatus.CLOSED, null)));
        actions.add(null);
        add(Messages.Action_return, this::returnForRework);
        add(Messages.Action_requestExtension, this::requestExtension);
        add(Messages.Action_decideExtension, this::decideExtension);
        actions.add(null);
        add(Messages.Action_closeOut, this::closeOut);
        add(Messages.Action_reopen, this::reopen);
        actions.add(null);
        // The briefing is about the period, not the selected task.
        actions.add(new Action(Messages.Action_briefing) {
            @Override
            public void run() {
                briefing();
            }
        });
    }

    void briefing() {
        Optional<PlanEditor> editor = view.editor();
        Optional<ReportingPeriod> period = view.period();
        if (editor.isPresent() && period.isPresent()) {
            new BriefingDialog(view.getSite().getShell(), editor.get().getPlan(), period.get(), view.today(),
                    view.rules()).open();
        }
    }

    List<Action> all() {
        return actions;
    }

    private void add(String text, Step step) {
        actions.add(new Action(text) {
            @Override
            public void run() {
                context().ifPresent(c -> {
                    try {
                        step.build(c).ifPresent(view::execute);
                    } catch (Refusal refusal) {
                        refused(refusal);
                    } catch (Unchecked unchecked) {
                        refused(unchecked.refusal);
                    }
                });
                view.refreshRows();
            }
        });
    }

    private Optional<Context> context() {
        Optional<PlanEditor> editor = view.editor();
        Optional<Row> row = view.selected();
        if (editor.isEmpty() || row.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Context(editor.get(), editor.get().getEditingDomain(), editor.get().getPlan(), row.get(),
                view.period(), view.getSite().getShell(), view.today(), StoreAccess.currentUser()));
    }

    void refused(Refusal refusal) {
        MessageDialog.openInformation(view.getSite().getShell(), Messages.Refused_title,
                refusal.message(Locale.getDefault()));
    }

    private void info(Context c, String message) {
        MessageDialog.openInformation(c.shell(), Messages.Refused_title, message);
    }

    void updateProgress(Row row) {
        Optional<PlanEditor> editor = view.editor();
        Optional<ReportingPeriod> period = view.period();
        if (editor.isPresent() && period.isPresent()) {
            ProgressUpdateDialog dialog = new ProgressUpdateDialog(view.getSite().getShell(), editor.get(), row.task(),
                    period.get(), view.today());
            dialog.open();
            view.refreshRows();
        }
    }

    private Optional<Command> send(Context c) throws Refusal {
        Optional<String> issue = ask(c, Messages.Prompt_issue, "");
        if (issue.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> requirement = ask(c, Messages.Prompt_requirement, "");
        Optional<LocalDate> due = askDate(c, Messages.Prompt_dueDate, c.today().plusDays(15));
        if (requirement.isEmpty() || due.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SupervisionCommands.sendNotice(c.domain(), c.plan(), c.row().task(), issue.get(),
                requirement.get(), due.get(), c.row().task().getLeadUnits(), c.user(), c.today()));
    }

    private Command advance(Context c, NoticeStatus to, String text) {
        Optional<SupervisionNotice> notice = c.row().notice();
        if (notice.isEmpty()) {
            info(c, Messages.NoNotice);
            return null;
        }
        Organization unit = to == NoticeStatus.SIGNED || to == NoticeStatus.ANSWERED
                ? notice.get().getSentTo().stream().findFirst().orElse(null) : null;
        try {
            return SupervisionCommands.advanceNotice(c.domain(), notice.get(), to, c.user(), unit, text, c.today());
        } catch (Refusal refusal) {
            throw new Unchecked(refusal);
        }
    }

    private Optional<Command> returnForRework(Context c) throws Refusal {
        Optional<ProgressUpdate> update = c.period().flatMap(p -> Updates.find(c.plan(), c.row().task(), p));
        if (update.isEmpty()) {
            info(c, Messages.NoUpdate);
            return Optional.empty();
        }
        Optional<String> reason = ask(c, Messages.Prompt_reason, "");
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SupervisionCommands.returnForRework(c.domain(), update.get(), reason.get(), c.user(), c.today()));
    }

    private Optional<Command> requestExtension(Context c) throws Refusal {
        LocalDate current = PlanDates.toLocalDate(c.row().task().getDeadline()).orElse(c.today());
        Optional<LocalDate> proposed = askDate(c, Messages.Prompt_proposed, current.plusMonths(6));
        if (proposed.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> reason = ask(c, Messages.Prompt_reason, "");
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SupervisionCommands.requestExtension(c.domain(), c.plan(), c.row().task(), reason.get(),
                proposed.get(), c.user(), c.today()));
    }

    private Optional<Command> decideExtension(Context c) throws Refusal {
        Optional<ExtensionRequest> pending = c.plan().getExtensionRequests().stream()
                .filter(r -> r.getTask() == c.row().task() && r.getDecision() == ExtensionDecision.PENDING).findFirst();
        if (pending.isEmpty()) {
            info(c, Messages.NoPending);
            return Optional.empty();
        }
        ExtensionRequest request = pending.get();
        String question = NLS.bind(Messages.Prompt_decide, new Object[] { PlanDates.format(request.getProposedDeadline()),
                request.getRequestedBy(), request.getReason() == null ? "" : Texts.label(request.getReason(), Locale.getDefault()) });
        MessageDialog dialog = new MessageDialog(c.shell(), Messages.Action_decideExtension, null, question,
                MessageDialog.QUESTION, 2, Messages.Prompt_approve, Messages.Prompt_refuse, Messages.Prompt_cancel);
        int answer = dialog.open();
        if (answer != 0 && answer != 1) {
            return Optional.empty();
        }
        Optional<String> approver = ask(c, Messages.Prompt_approver, c.user());
        if (approver.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SupervisionCommands.decideExtension(c.domain(), request, answer == 0, approver.get(), null,
                c.today()));
    }

    private Optional<Command> closeOut(Context c) throws Refusal {
        Optional<String> approver = ask(c, Messages.Prompt_approver, c.user());
        if (approver.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> note = ask(c, Messages.Prompt_note, "");
        return Optional.of(SupervisionCommands.closeOut(c.domain(), c.plan(), c.row().task(), approver.get(),
                note.orElse(""), c.today()));
    }

    private Optional<Command> reopen(Context c) throws Refusal {
        Optional<String> approver = ask(c, Messages.Prompt_approver, c.user());
        if (approver.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> reason = ask(c, Messages.Prompt_reason, "");
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SupervisionCommands.reopen(c.domain(), c.plan(), c.row().task(), approver.get(), reason.get(),
                c.today()));
    }

    private static Optional<String> ask(Context c, String prompt, String initial) {
        InputDialog dialog = new InputDialog(c.shell(), c.row().taskText(), prompt, initial, null);
        return dialog.open() == Window.OK ? Optional.of(dialog.getValue().trim()) : Optional.empty();
    }

    private static Optional<LocalDate> askDate(Context c, String prompt, LocalDate initial) {
        InputDialog dialog = new InputDialog(c.shell(), c.row().taskText(), prompt, initial.toString(), text -> {
            try {
                LocalDate.parse(text.trim());
                return null;
            } catch (DateTimeParseException e) {
                return Messages.Prompt_badDate;
            }
        });
        return dialog.open() == Window.OK ? Optional.of(LocalDate.parse(dialog.getValue().trim())) : Optional.empty();
    }

    /** Carries a refusal out of a lambda that cannot throw it. */
    private static final class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Refusal refusal;

        Unchecked(Refusal refusal) {
            super(refusal.key(), null, false, false);
            this.refusal = refusal;
        }
    }
}
