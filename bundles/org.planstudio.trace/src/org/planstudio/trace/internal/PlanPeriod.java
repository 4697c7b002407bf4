package org.planstudio.trace.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.text.PlanDates;

/**
 * A plan's period as calendar days in {@link PlanDates#PLAN_ZONE}: [startYear-01-01, endYear-12-31].
 * A plan being drafted may have no years yet; it is then read as starting in the year of the
 * report date, so that progress can still be shown rather than refused.
 */
public record PlanPeriod(int startYear, int endYear) {

    public PlanPeriod {
        if (endYear < startYear) {
            throw new IllegalArgumentException("period ends before it starts: " + startYear + "-" + endYear);
        }
    }

    public static PlanPeriod of(Plan plan, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        int start = plan.getStartYear() > 0 ? plan.getStartYear() : asOf.getYear();
        return new PlanPeriod(start, Math.max(start, plan.getEndYear()));
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 1, 1);
    }

    public LocalDate end() {
        return LocalDate.of(endYear, 12, 31);
    }

    /** Open ends: no start date means "already running", no end date means "still running". */
    public boolean overlaps(RegistryItem item) {
        Optional<LocalDate> from = day(item.getStartDate());
        Optional<LocalDate> to = day(item.getEndDate());
        return from.map(d -> !d.isAfter(end())).orElse(true) && to.map(d -> !d.isBefore(start())).orElse(true);
    }

    /**
     * The day from which an item counts: its start, but not before the period starts, so an item
     * started earlier (or with no start date) counts from the first day of the period.
     */
    public LocalDate countsFrom(RegistryItem item) {
        return day(item.getStartDate()).filter(d -> d.isAfter(start())).orElse(start());
    }

    /** Days from the start of the period to {@code day}, both included; 0 before the period. */
    public long daysElapsed(LocalDate day) {
        return day.isBefore(start()) ? 0 : ChronoUnit.DAYS.between(start(), day) + 1;
    }

    private static Optional<LocalDate> day(Date date) {
        return PlanDates.toLocalDate(date);
    }
}
