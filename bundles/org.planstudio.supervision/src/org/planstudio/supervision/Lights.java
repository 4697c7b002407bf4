package org.planstudio.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.PlanDates;
import org.planstudio.trace.IndicatorProgress;
import org.planstudio.trace.ProgressCalculator;

/**
 * The lights (亮灯) of a plan's tasks for one reporting period, judged on one day.
 *
 * <ul>
 * <li>overdue: the day is after the deadline and the task is not completed (on the deadline
 * itself it is due soon, not overdue);</li>
 * <li>due soon: the deadline, or the period's report date while the task has not reported, is
 * today or at most {@code dueSoonDays} ahead;</li>
 * <li>lagging: the latest reported percent is more than the tolerance below the linear expectation
 * (from the plan's first day to the deadline, on the period's last day or today if earlier); or
 * a contributing indicator is projected to miss its target (from the trace bundle);</li>
 * <li>unreported: the day is after the period's report date and the task has no reported update
 * for the period (on the report date itself it is not yet unreported).</li>
 * </ul>
 * Completed, cancelled and closed-out tasks are never flagged.
 */
public final class Lights {

    private Lights() {
    }

    public static List<TaskLight> evaluate(Plan plan, ReportingPeriod period, LocalDate today, SupervisionRules rules) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(rules, "rules");
        LocalDate asOf = min(today, Periods.end(period));
        Map<Indicator, Boolean> behind = rules.indicatorLag() ? indicatorsBehind(plan, asOf) : Map.of();
        List<TaskLight> result = new ArrayList<>();
        for (TaskArea area : plan.getTaskAreas()) {
            for (KeyTask task : area.getTasks()) {
                result.add(evaluate(plan, task, period, today, asOf, rules, behind));
            }
        }
        return result;
    }

    public static TaskLight evaluate(Plan plan, KeyTask task, ReportingPeriod period, LocalDate today,
            SupervisionRules rules) {
        LocalDate asOf = min(today, Periods.end(period));
        return evaluate(plan, task, period, today, asOf, rules,
                rules.indicatorLag() ? indicatorsBehind(plan, asOf) : Map.of());
    }

    private static TaskLight evaluate(Plan plan, KeyTask task, ReportingPeriod period, LocalDate today, LocalDate asOf,
            SupervisionRules rules, Map<Indicator, Boolean> behind) {
        Optional<ProgressUpdate> update = Updates.find(plan, task, period);
        Optional<LocalDate> deadline = PlanDates.toLocalDate(task.getDeadline());
        Optional<Integer> reported = Updates.latestWithPercent(plan, task, period).map(ProgressUpdate::getPercent);
        Optional<BigDecimal> expected = deadline.flatMap(d -> expected(planStart(plan, period), d, asOf));
        boolean closedOut = CloseOut.isClosedOut(plan, task);
        if (closedOut || task.getStatus() == TaskStatus.COMPLETED || task.getStatus() == TaskStatus.CANCELLED) {
            return new TaskLight(task, Light.GREEN, Set.of(), update, expected, reported, deadline, List.of(), closedOut);
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        boolean reportedThisPeriod = update.filter(Updates::isReported).isPresent();
        if (deadline.isPresent() && today.isAfter(deadline.get())) {
            flags.add(Flag.OVERDUE);
        }
        if (deadline.filter(d -> within(today, d, rules.dueSoonDays())).isPresent()
                || !reportedThisPeriod && within(today, Periods.reportDue(period), rules.dueSoonDays())) {
            flags.add(Flag.DUE_SOON);
        }
        if (!reportedThisPeriod && today.isAfter(Periods.reportDue(period))) {
            flags.add(Flag.UNREPORTED);
        }
        List<Indicator> laggingIndicators = contributing(plan, task).stream()
                .filter(i -> behind.getOrDefault(i, Boolean.FALSE)).toList();
        if (!laggingIndicators.isEmpty() || isBehind(reported, expected, rules.lagTolerancePercent())) {
            flags.add(Flag.LAGGING);
        }
        Light light = Light.GREEN;
        for (Flag flag : flags) {
            light = light.max(rules.lightOf(flag));
        }
        return new TaskLight(task, light, flags, update, expected, reported, deadline, laggingIndicators, false);
    }

    /** Behind means strictly more than the tolerance below: exactly on the expectation is on track. */
    static boolean isBehind(Optional<Integer> reported, Optional<BigDecimal> expected, int tolerance) {
        if (reported.isEmpty() || expected.isEmpty()) {
            return false;
        }
        return BigDecimal.valueOf(reported.get() + (long) tolerance).compareTo(expected.get()) < 0;
    }

    /** 100 × days elapsed / days from start to deadline, capped at 100; exact to six places. */
    static Optional<BigDecimal> expected(LocalDate start, LocalDate deadline, LocalDate asOf) {
        long total = ChronoUnit.DAYS.between(start, deadline);
        if (total <= 0) {
            return Optional.of(BigDecimal.valueOf(100));
        }
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, asOf)));
        return Optional.of(BigDecimal.valueOf(100 * elapsed).divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_EVEN)
                .stripTrailingZeros());
    }

    /** Work on a task is expected to start on the plan's first day (its first period's, without years). */
    static LocalDate planStart(Plan plan, ReportingPeriod period) {
        if (plan.getStartYear() > 0) {
            return LocalDate.of(plan.getStartYear(), 1, 1);
        }
        return Periods.of(plan).stream().findFirst().map(Periods::start).orElse(Periods.start(period));
    }

    private static boolean within(LocalDate today, LocalDate day, int days) {
        long ahead = ChronoUnit.DAYS.between(today, day);
        return ahead >= 0 && ahead <= days;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static List<Indicator> contributing(Plan plan, KeyTask task) {
        List<Indicator> result = new ArrayList<>();
        for (TraceLink link : plan.getTraceLinks()) {
            if (link.getKind() == TraceKind.CONTRIBUTES_TO && link.getSource() == task
                    && link.getTarget() instanceof Indicator indicator) {
                result.add(indicator);
            }
        }
        return result;
    }

    private static Map<Indicator, Boolean> indicatorsBehind(Plan plan, LocalDate asOf) {
        Map<Indicator, Boolean> result = new IdentityHashMap<>();
        for (IndicatorProgress progress : ProgressCalculator.compute(plan, asOf)) {
            result.put(progress.indicator(), progress.behindTarget().orElse(Boolean.FALSE));
        }
        return result;
    }
}
