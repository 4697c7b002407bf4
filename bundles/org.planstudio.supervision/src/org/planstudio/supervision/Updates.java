package org.planstudio.supervision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.UpdateStatus;

/** Queries over a plan's progress updates. */
public final class Updates {

    private Updates() {
    }

    /** The update of {@code task} for {@code period}; a plan holds at most one per task and period. */
    public static Optional<ProgressUpdate> find(Plan plan, KeyTask task, ReportingPeriod period) {
        return plan.getProgressUpdates().stream().filter(u -> u.getTask() == task && u.getPeriod() == period)
                .findFirst();
    }

    /** Submitted or accepted: a draft, or an update returned for rework, does not count as reported. */
    public static boolean isReported(ProgressUpdate update) {
        return update.getStatus() == UpdateStatus.SUBMITTED || update.getStatus() == UpdateStatus.ACCEPTED;
    }

    public static boolean isReported(Plan plan, KeyTask task, ReportingPeriod period) {
        return find(plan, task, period).filter(Updates::isReported).isPresent();
    }

    /**
     * The percent of the latest reported update of {@code task} for {@code period} or an earlier
     * one: a unit that skips a quarter is still judged by what it last said.
     */
    public static Optional<ProgressUpdate> latestWithPercent(Plan plan, KeyTask task, ReportingPeriod period) {
        LocalDate end = Periods.end(period);
        return plan.getProgressUpdates().stream()
                .filter(u -> u.getTask() == task && u.getPercent() != null && isReported(u) && u.getPeriod() != null
                        && !Periods.end(u.getPeriod()).isAfter(end))
                .max(Comparator.comparing(u -> Periods.end(u.getPeriod())));
    }

    /** Every update of {@code task}, oldest period first. */
    public static List<ProgressUpdate> of(Plan plan, KeyTask task) {
        return plan.getProgressUpdates().stream().filter(u -> u.getTask() == task && u.getPeriod() != null)
                .sorted(Comparator.comparing(u -> Periods.start(u.getPeriod()))).toList();
    }
}
