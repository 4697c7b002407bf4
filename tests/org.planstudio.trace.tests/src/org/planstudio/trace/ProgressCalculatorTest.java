package org.planstudio.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;

/**
 * A hand-built registry (plan 2024-2027) with a duplicate entry, items before, across and after
 * the period, cancelled and planned items, items without dates or countries, and items serving
 * two tasks of one area. Expected figures are worked out by hand in the comments.
 */
class ProgressCalculatorTest {

    private TestModel m;
    private TaskArea a1;
    private TaskArea a2;
    private Country kz;
    private Country th;
    private Country eg;
    private Indicator platforms;
    private Indicator jointLabs;
    private Indicator experts;
    private RegistryItem p1;
    private RegistryItem p2;
    private RegistryItem p3;
    private RegistryItem p5;
    private RegistryItem p7;
    private RegistryItem p8;
    private RegistryItem p9;
    private RegistryItem p10;
    private RegistryItem e1;
    private RegistryItem e2;

    @BeforeEach
    void build() {
        m = new TestModel(2024, 2027);
        kz = m.country("KZ");
        th = m.country("TH");
        eg = m.country("EG");
        a1 = m.area("a1", 1);
        a2 = m.area("a2", 2);
        KeyTask t1 = m.task(a1, "t1", 1, "ict", "任务一", "Task one", null);
        KeyTask t2 = m.task(a1, "t2", 2, "health", "任务二", "Task two", null);
        KeyTask t3 = m.task(a2, "t3", 3, null, "任务三", "Task three", null);
        // Cumulative: active or completed platforms of any type within the period.
        platforms = m.indicator("platforms", "平台", "Platforms", 12, Accumulation.CUMULATIVE, RegistryKind.PLATFORM,
                List.of(), List.of(ItemStatus.ACTIVE, ItemStatus.COMPLETED), true);
        // Annual: joint labs of any status within the period.
        jointLabs = m.indicator("labs", "联合实验室", "Joint labs", 2, Accumulation.ANNUAL, RegistryKind.PLATFORM,
                List.of("joint-lab"), List.of(), true);
        // Cumulative, not limited to the period.
        experts = m.indicator("experts", "专家", "Experts", 5, Accumulation.CUMULATIVE, RegistryKind.EXPERT,
                List.of(), List.of(), false);

        // Midnight of 2024-01-01 in Beijing is still 2023 in UTC: must count in 2024.
        p1 = m.platform("p1", "joint-lab", ItemStatus.ACTIVE, "2024-01-01", null, kz, th);
        p2 = m.platform("p2", "joint-lab", ItemStatus.COMPLETED, "2025-06-01", null, kz);
        RegistryItem p2again = m.platform("p2", "joint-lab", ItemStatus.ACTIVE, "2025-06-01", null, eg);
        p3 = m.platform("p3", "joint-lab", ItemStatus.CANCELLED, "2024-05-01", null);
        m.platform("p4", "joint-lab", ItemStatus.ACTIVE, "2021-01-01", "2022-12-31");
        p5 = m.platform("p5", "incubator", ItemStatus.ACTIVE, "2022-06-01", null);
        m.platform("p6", "joint-lab", ItemStatus.ACTIVE, "2028-02-01", null);
        p7 = m.platform("p7", "joint-lab", ItemStatus.ACTIVE, null, null, th);
        p8 = m.platform("p8", "joint-lab", ItemStatus.PLANNED, "2026-01-10", null);
        p9 = m.platform("p9", "incubator", ItemStatus.ACTIVE, "2026-09-01", null, eg);
        // Ended on the period's first day (Beijing time): overlaps it.
        p10 = m.platform("p10", "incubator", ItemStatus.ACTIVE, "2023-03-01", "2024-01-01");
        e1 = m.expert("e1", ItemStatus.ACTIVE, "2020-05-01");
        e2 = m.expert("e2", ItemStatus.ACTIVE, "2029-03-01");

        m.link(TraceKind.IMPLEMENTS, p1, t1);
        m.link(TraceKind.IMPLEMENTS, p1, t2); // two tasks, one area
        m.link(TraceKind.IMPLEMENTS, p2, t3);
        m.link(TraceKind.IMPLEMENTS, p2, t3); // listed twice
        m.link(TraceKind.IMPLEMENTS, p2, t1);
        m.link(TraceKind.IMPLEMENTS, p2again, t2); // the duplicate entry's task counts for p2
        m.link(TraceKind.IMPLEMENTS, p7, t3);
        m.link(TraceKind.IMPLEMENTS, p9, t1);
        m.link(TraceKind.IMPLEMENTS, p3, t1);
        m.link(TraceKind.SUPPORTS, p5, t1); // wrong kind: gives p5 no task
    }

    private IndicatorProgress progress(Indicator indicator, String asOf) {
        return ProgressCalculator.compute(m.plan, LocalDate.parse(asOf)).stream()
                .filter(p -> p.indicator() == indicator).findFirst().orElseThrow();
    }

    @Test
    void cumulativeCountsDistinctItemsOncePerBreakdownKey() {
        IndicatorProgress p = progress(platforms, "2025-12-31");
        // Selected: p1, p2 (once), p5 and p10 (started before, still running), p7 (no date), p9.
        assertEquals(List.of(p1, p2, p5, p7, p9, p10), p.items());
        assertEquals(Map.of(2024, List.of(p1, p5, p7, p10), 2025, List.of(p2), 2026, List.of(p9), 2027, List.of()),
                p.byYear());
        assertEquals(Map.of(2024, 4L, 2025, 5L, 2026, 6L, 2027, 6L), p.figureByYear());
        assertEquals(List.of(p1, p5, p7, p10, p2), p.runningTotalByYear().get(2025), "year by year");
        // To date: everything but p9, which starts in 2026.
        assertEquals(5, p.achieved());
        assertEquals(List.of(p1, p2, p5, p7, p10), p.achievedItems());
        assertEquals(ordered(a1, List.of(p1, p2, p9), a2, List.of(p2, p7)), p.byTaskArea());
        assertEquals(List.of(a1, a2), List.copyOf(p.byTaskArea().keySet()), "plan order");
        assertEquals(ordered("ict", List.of(p1, p2, p9), "health", List.of(p1, p2), "", List.of(p2, p7)), p.byDomain());
        assertEquals(List.of("ict", "health", ""), List.copyOf(p.byDomain().keySet()), "plan order");
        assertEquals(ordered(kz, List.of(p1, p2), th, List.of(p1, p7), eg, List.of(p2, p9)), p.byCountry());
        assertEquals(List.of(kz, th, eg), List.copyOf(p.byCountry().keySet()), "plan order");
        assertEquals(List.of(p5, p10), p.withoutCountry());
        assertEquals(List.of(p5, p10), p.withoutTask());
        // 5 items in 731 days of 1461: 5 * 1461 / 731 = 9.99 -> 10.0, short of 12.
        assertEquals(Optional.of(new BigDecimal("10.0")), p.projectedAtTargetYear());
        assertEquals(Optional.of(true), p.behindTarget());
        assertEquals(2027, p.targetYear());
        assertEquals(Optional.of(BigDecimal.valueOf(12)), p.target());
    }

    @Test
    void annualCountsTheLatestYearReached() {
        IndicatorProgress p = progress(jointLabs, "2026-06-30");
        // Joint labs of any status in the period: p1, p2, p3 (cancelled counts: no status filter), p7, p8.
        assertEquals(List.of(p1, p2, p3, p7, p8), p.items());
        assertEquals(Map.of(2024, 3L, 2025, 1L, 2026, 1L, 2027, 0L), p.figureByYear());
        assertEquals(1, p.achieved());
        assertEquals(List.of(p8), p.achievedItems());
        // 5 items in 912 days: 5 * 365.2425 / 912 = 2.00 a year, on target.
        assertEquals(Optional.of(new BigDecimal("2.0")), p.projectedAtTargetYear());
        assertEquals(Optional.of(false), p.behindTarget());

        IndicatorProgress early = progress(jointLabs, "2025-03-01");
        assertEquals(0, early.achieved(), "p2 starts in June 2025");
        assertEquals(3, progress(jointLabs, "2024-12-31").achieved());
        assertEquals(0, progress(jointLabs, "2030-01-01").achieved(), "after the period: its last year, 2027");
    }

    @Test
    void outsideThePeriodItemsCountFromTheFirstYearOrTheirOwn() {
        IndicatorProgress p = progress(experts, "2027-12-31");
        assertEquals(List.of(e1, e2), p.items());
        assertEquals(List.of(e1), p.byYear().get(2024), "started 2020, counts in the first year");
        assertEquals(List.of(e2), p.byYear().get(2029));
        assertEquals(List.of(2024, 2025, 2026, 2027, 2029), List.copyOf(p.byYear().keySet()));
        assertEquals(1, p.achieved());
        // The target year is over: the projection is the actual figure.
        assertEquals(Optional.of(new BigDecimal("1.0")), p.projectedAtTargetYear());
        assertTrue(p.targetYearOver());
    }

    @Test
    void nothingIsAchievedOrProjectedBeforeTheEndOfTheFirstYear() {
        IndicatorProgress before = progress(platforms, "2023-06-01");
        assertEquals(0, before.achieved());
        assertEquals(6, before.items().size(), "the items are known, they just do not count yet");
        assertEquals(Optional.empty(), before.projectedAtTargetYear());
        IndicatorProgress firstYear = progress(platforms, "2024-12-30");
        assertEquals(4, firstYear.achieved());
        assertEquals(Optional.empty(), firstYear.projectedAtTargetYear());
        assertEquals(Optional.empty(), firstYear.behindTarget());
        assertTrue(progress(platforms, "2025-01-01").projectedAtTargetYear().isPresent());
    }

    @Test
    void everyIndicatorInPlanOrderAndWithoutARuleNothingCounts() {
        platforms.setCountingRule(null);
        List<IndicatorProgress> all = ProgressCalculator.compute(m.plan, LocalDate.parse("2026-01-01"));
        assertEquals(List.of(platforms, jointLabs, experts), all.stream().map(IndicatorProgress::indicator).toList());
        assertEquals(List.of(), all.get(0).items());
        assertEquals(0, all.get(0).achieved());
    }

    private static <K> Map<K, List<RegistryItem>> ordered(Object... keysAndValues) {
        Map<K, List<RegistryItem>> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            K key = (K) keysAndValues[i];
            @SuppressWarnings("unchecked")
            List<RegistryItem> value = (List<RegistryItem>) keysAndValues[i + 1];
            map.put(key, value);
        }
        return map;
    }
}
