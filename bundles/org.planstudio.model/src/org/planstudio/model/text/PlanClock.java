package org.planstudio.model.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The one place the workbench and the reports ask what day it is. Progress projections, "target out
 * of reach" and report dates depend on today; tests fix the clock here so that they mean the same
 * next year, and every view reads the same day as the others.
 */
public final class PlanClock {

    private static final Clock SYSTEM = Clock.system(PlanDates.PLAN_ZONE);

    private static volatile Clock clock = SYSTEM;

    private PlanClock() {
    }

    public static Clock clock() {
        return clock;
    }

    /** Today in the plan's time zone (Beijing), whatever the machine is set to. */
    public static LocalDate today() {
        return LocalDate.now(clock.withZone(PlanDates.PLAN_ZONE));
    }

    /** Replaces the clock until the returned handle is closed (tests; try-with-resources). */
    public static Restore use(Clock replacement) {
        Clock previous = clock;
        clock = Objects.requireNonNull(replacement, "replacement");
        return new Restore(previous);
    }

    /** A clock that always says {@code day}, in the plan's time zone. */
    public static Clock fixedAt(LocalDate day) {
        return Clock.fixed(PlanDates.toDate(Objects.requireNonNull(day, "day")).toInstant(), PlanDates.PLAN_ZONE);
    }

    /** Puts back the clock that was in use before {@link #use(Clock)}. */
    public static final class Restore implements AutoCloseable {

        private final Clock previous;

        private Restore(Clock previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            clock = previous;
        }
    }
}
