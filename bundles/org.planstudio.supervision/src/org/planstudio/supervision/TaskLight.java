package org.planstudio.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.ProgressUpdate;

/**
 * One task's light for a period on a day, with what it was judged by.
 *
 * @param expectedPercent   the linear expectation on the day judged (empty without a deadline)
 * @param reportedPercent   the percent of the latest reported update up to the period
 * @param laggingIndicators contributing indicators projected to fall short of their target
 * @param closedOut         closed out (销号) by an approval: such a task is never flagged
 */
public record TaskLight(KeyTask task, Light light, Set<Flag> flags, Optional<ProgressUpdate> update,
        Optional<BigDecimal> expectedPercent, Optional<Integer> reportedPercent, Optional<LocalDate> deadline,
        List<Indicator> laggingIndicators, boolean closedOut) {

    public TaskLight {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(light, "light");
        flags = flags.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Flag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        laggingIndicators = List.copyOf(laggingIndicators);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }
}
