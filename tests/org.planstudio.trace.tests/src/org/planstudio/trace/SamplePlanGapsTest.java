package org.planstudio.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;

/**
 * The shipped sample is a complete, well-linked plan whose registries are empty on purpose. So the
 * structural rules find nothing, progress is 0, and whether a target is out of reach depends on
 * the date: nothing can be judged in 2024, the first year; from 2025 on, a year without a single
 * registered item is exactly what the supervising office must be told.
 */
class SamplePlanGapsTest {

    private static Plan sample;

    @BeforeAll
    static void loadShippedSample() throws Exception {
        Bundle samples = Arrays.stream(FrameworkUtil.getBundle(Plan.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
        URL entry = samples.getEntry("plans/beijing-bri-2024-2027.plan");
        assertNotNull(entry, "the samples bundle ships the plan");
        try (InputStream in = entry.openStream()) {
            sample = PlanResources.read(in, entry.toString());
        }
    }

    @Test
    void noFindingBeforeOrDuringTheFirstYear() {
        assertEquals(List.of(), GapAnalysis.analyse(sample, LocalDate.of(2023, 11, 1)));
        assertEquals(List.of(), GapAnalysis.analyse(sample, LocalDate.of(2024, 6, 30)));
        assertEquals(List.of(), GapAnalysis.analyse(sample, LocalDate.of(2024, 12, 31)));
    }

    @Test
    void progressIsZeroWithTheItemsBehindItEmpty() {
        List<IndicatorProgress> progress = ProgressCalculator.compute(sample, LocalDate.of(2024, 6, 30));
        assertEquals(3, progress.size());
        for (IndicatorProgress p : progress) {
            assertEquals(0, p.achieved());
            assertEquals(List.of(2024, 2025, 2026, 2027), List.copyOf(p.byYear().keySet()));
            assertTrue(p.byYear().values().stream().allMatch(List::isEmpty));
            assertEquals(Optional.of(BigDecimal.valueOf(100)), p.target().map(BigDecimal::stripTrailingZeros)
                    .map(t -> t.setScale(0)));
            assertEquals(Optional.empty(), p.projectedAtTargetYear());
        }
    }

    @Test
    void fromTheSecondYearEveryIndicatorIsOutOfReach() {
        List<Gap> gaps = GapAnalysis.analyse(sample, LocalDate.of(2025, 6, 30));
        assertEquals(3, gaps.size());
        assertTrue(gaps.stream().allMatch(g -> g.kind() == GapKind.TARGET_UNREACHABLE));
        assertEquals(List.of("bj-bri-2024.ind.platforms", "bj-bri-2024.ind.projects", "bj-bri-2024.ind.entities"),
                gaps.stream().map(g -> g.element().getId()).toList());
        assertEquals("按当前进度，指标“建设科技创新平台”到2027年底预计完成0个，低于目标值100个。",
                gaps.get(0).message(Locale.CHINESE));
    }
}
