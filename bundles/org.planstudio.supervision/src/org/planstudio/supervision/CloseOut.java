package org.planstudio.supervision;

import java.util.Optional;

import org.planstudio.model.plan.CloseOutApproval;
import org.planstudio.model.plan.CloseOutKind;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;

/**
 * Whether a task is closed out (销号). Only approval records decide: a task marked completed is
 * not closed out until a plan editor approves it, and a close-out is undone only by a newer
 * approval record that reopens the task (records are added, never changed or removed).
 */
public final class CloseOut {

    private CloseOut() {
    }

    /** The task's newest approval record (the last one in the plan's list; they are only appended). */
    public static Optional<CloseOutApproval> latest(Plan plan, KeyTask task) {
        CloseOutApproval found = null;
        for (CloseOutApproval approval : plan.getCloseOutApprovals()) {
            if (approval.getTask() == task) {
                found = approval;
            }
        }
        return Optional.ofNullable(found);
    }

    public static boolean isClosedOut(Plan plan, KeyTask task) {
        return latest(plan, task).map(a -> a.getKind() == CloseOutKind.CLOSE_OUT).orElse(false);
    }
}
