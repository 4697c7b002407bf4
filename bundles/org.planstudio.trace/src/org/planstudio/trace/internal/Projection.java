package org.planstudio.trace.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.planstudio.model.plan.Accumulation;

/**
 * Where an indicator will stand at the end of its target year if the pace so far holds. The pace
 * is items counted to date per day of the period elapsed. Nothing is projected before the end of
 * the period's first year: items are registered late, and a few months of registrations say
 * little about four years. Once the target year is over, the projection is the actual figure.
 */
public final class Projection {

    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.2425");

    private Projection() {
    }

    public static Optional<BigDecimal> of(Accumulation accumulation, List<CountedItem> items, PlanPeriod period,
            int targetYear, LocalDate asOf) {
        LocalDate horizon = LocalDate.of(targetYear, 12, 31);
        if (!asOf.isBefore(horizon)) {
            long actual = accumulation == Accumulation.CUMULATIVE
                    ? countUpTo(items, horizon)
                    : items.stream().filter(item -> item.year() == targetYear).count();
            return Optional.of(BigDecimal.valueOf(actual).setScale(1));
        }
        if (asOf.isBefore(period.start().plusYears(1))) {
            return Optional.empty();
        }
        BigDecimal toDate = BigDecimal.valueOf(countUpTo(items, asOf));
        BigDecimal elapsed = BigDecimal.valueOf(period.daysElapsed(asOf));
        BigDecimal scale = accumulation == Accumulation.CUMULATIVE
                ? BigDecimal.valueOf(period.daysElapsed(horizon))
                : DAYS_PER_YEAR;
        return Optional.of(toDate.multiply(scale).divide(elapsed, 1, RoundingMode.HALF_UP));
    }

    static long countUpTo(List<CountedItem> items, LocalDate day) {
        return items.stream().filter(item -> !item.countsFrom().isAfter(day)).count();
    }
}
