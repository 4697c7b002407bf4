package org.planstudio.trace.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.planstudio.model.plan.Plan;

/**
 * A city-scale set of plans for benchmarks and for reports that need volume: deterministic (the
 * same arguments always give equal plans; no clock, no shared random state), with every element
 * kind the traceability rules look at and a sprinkling of every gap they find. Totals are spread
 * evenly over the plans.
 */
public final class DataSetGenerator {

    /** The benchmark's scale: 50 plans of 50 tasks, 100,000 registry items, 500,000 links. */
    public static final int CITY_PLANS = 50;
    public static final int CITY_TASKS_PER_PLAN = 50;
    public static final int CITY_ITEMS = 100_000;
    public static final int CITY_LINKS = 500_000;

    private DataSetGenerator() {
    }

    /**
     * @param items registry items over all plans
     * @param links trace links over all plans; each plan gets its structural links (tasks to
     *              indicators and principles, safeguards to tasks) first, then one IMPLEMENTS link
     *              per item, then further IMPLEMENTS links, until its share is used up
     */
    public static List<Plan> generate(long seed, int plans, int tasksPerPlan, int items, int links) {
        if (plans < 1 || tasksPerPlan < 1 || items < 0 || links < 0) {
            throw new IllegalArgumentException("plans and tasks per plan at least 1, items and links at least 0");
        }
        List<Plan> result = new ArrayList<>(plans);
        for (int p = 0; p < plans; p++) {
            result.add(new SyntheticPlanBuilder(seed, p, tasksPerPlan, share(items, plans, p), share(links, plans, p))
                    .build());
        }
        return result;
    }

    /** The city-scale data set the benchmark measures. */
    public static List<Plan> city(long seed) {
        return generate(seed, CITY_PLANS, CITY_TASKS_PER_PLAN, CITY_ITEMS, CITY_LINKS);
    }

    private static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }
}
