package org.planstudio.ui.testsupport;

import java.time.LocalDate;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.planstudio.model.text.PlanClock;

/**
 * Fixes the workbench's today at {@link #TODAY} for every UI test class, so that progress
 * projections and "target out of reach" read the same whenever and in whatever order the suite
 * runs. A test that needs another day uses {@code try (var r = PlanClock.use(...))}.
 */
public final class FixedToday implements BeforeAllCallback {

    /** Mid-way through the sample plan's period (2024-2027). */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @Override
    public void beforeAll(ExtensionContext context) {
        PlanClock.use(PlanClock.fixedAt(TODAY));
    }
}
