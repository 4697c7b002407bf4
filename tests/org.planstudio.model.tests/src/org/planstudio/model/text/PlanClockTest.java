package org.planstudio.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PlanClockTest {

    @Test
    void aFixedClockGivesItsDayUntilClosed() {
        Clock before = PlanClock.clock();
        try (PlanClock.Restore restore = PlanClock.use(PlanClock.fixedAt(LocalDate.of(2026, 6, 30)))) {
            assertEquals(LocalDate.of(2026, 6, 30), PlanClock.today());
        }
        assertSame(before, PlanClock.clock());
    }

    @Test
    void todayIsTheDayInBeijingWhateverTheClocksZone() {
        // 2026-12-31 20:00 UTC is already 2027-01-01 in Beijing.
        Clock utc = Clock.fixed(Instant.parse("2026-12-31T20:00:00Z"), ZoneOffset.UTC);
        try (PlanClock.Restore restore = PlanClock.use(utc)) {
            assertEquals(LocalDate.of(2027, 1, 1), PlanClock.today());
        }
    }
}
