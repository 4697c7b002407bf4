package org.planstudio.supervision;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of the flags: an office sets them once for a plan.
 *
 * @param dueSoonDays         a deadline or report date this many days ahead or fewer counts as due soon
 * @param reportDueDays       days after a period's end that its updates are due (for generated periods)
 * @param lagTolerancePercent how many percentage points a task may fall behind the linear expectation
 *                            before it is lagging
 * @param indicatorLag        whether a task is lagging when an indicator it contributes to is projected
 *                            to fall short of its target
 * @param lights              the light each flag turns on; a task shows the most serious of its flags
 */
public record SupervisionRules(int dueSoonDays, int reportDueDays, int lagTolerancePercent, boolean indicatorLag,
        Map<Flag, Light> lights) {

    public SupervisionRules {
        if (dueSoonDays < 0 || reportDueDays < 0 || lagTolerancePercent < 0 || lagTolerancePercent > 100) {
            throw new IllegalArgumentException("days and tolerance must not be negative, tolerance at most 100");
        }
        EnumMap<Flag, Light> copy = new EnumMap<>(Flag.class);
        copy.putAll(defaultLights());
        copy.putAll(Objects.requireNonNull(lights, "lights"));
        lights = Collections.unmodifiableMap(copy);
    }

    /** 15 days' notice, updates due 10 days after the period, 10 points of slack, indicators count. */
    public static SupervisionRules defaults() {
        return new SupervisionRules(15, 10, 10, true, defaultLights());
    }

    private static Map<Flag, Light> defaultLights() {
        return Map.of(Flag.OVERDUE, Light.RED, Flag.UNREPORTED, Light.RED, Flag.LAGGING, Light.YELLOW,
                Flag.DUE_SOON, Light.YELLOW);
    }

    public SupervisionRules withDueSoonDays(int days) {
        return new SupervisionRules(days, reportDueDays, lagTolerancePercent, indicatorLag, lights);
    }

    public SupervisionRules withLagTolerancePercent(int percent) {
        return new SupervisionRules(dueSoonDays, reportDueDays, percent, indicatorLag, lights);
    }

    public SupervisionRules withIndicatorLag(boolean on) {
        return new SupervisionRules(dueSoonDays, reportDueDays, lagTolerancePercent, on, lights);
    }

    public SupervisionRules withLight(Flag flag, Light light) {
        EnumMap<Flag, Light> changed = new EnumMap<>(lights);
        changed.put(Objects.requireNonNull(flag, "flag"), Objects.requireNonNull(light, "light"));
        return new SupervisionRules(dueSoonDays, reportDueDays, lagTolerancePercent, indicatorLag, changed);
    }

    public Light lightOf(Flag flag) {
        return lights.get(flag);
    }
}
