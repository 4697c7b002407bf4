package org.planstudio.trace.bench;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.planstudio.model.plan.Plan;
import org.planstudio.trace.Gap;
import org.planstudio.trace.GapAnalysis;
import org.planstudio.trace.GapKind;
import org.planstudio.trace.IndicatorProgress;
import org.planstudio.trace.ProgressCalculator;

/** One pass of (a): every indicator's progress and the full gap analysis, over every plan. */
final class AnalysisPass {

    record Result(long progressNanos, long gapNanos, int indicators, long achieved, Map<GapKind, Integer> gaps) {
    }

    private AnalysisPass() {
    }

    /** Plan after plan on this thread. */
    static Result sequential(List<Plan> plans, LocalDate asOf) {
        long progressNanos = 0;
        long gapNanos = 0;
        int indicators = 0;
        long achieved = 0;
        Map<GapKind, Integer> gaps = new EnumMap<>(GapKind.class);
        for (Plan plan : plans) {
            long t0 = System.nanoTime();
            List<IndicatorProgress> progress = ProgressCalculator.compute(plan, asOf);
            long t1 = System.nanoTime();
            List<Gap> found = GapAnalysis.analyse(plan, progress);
            gapNanos += System.nanoTime() - t1;
            progressNanos += t1 - t0;
            indicators += progress.size();
            achieved += progress.stream().mapToLong(IndicatorProgress::achieved).sum();
            found.forEach(gap -> gaps.merge(gap.kind(), 1, Integer::sum));
        }
        return new Result(progressNanos, gapNanos, indicators, achieved, gaps);
    }

    /** Plans in parallel (they share nothing); returns the total number of findings. */
    static long parallel(List<Plan> plans, LocalDate asOf) {
        AtomicLong findings = new AtomicLong();
        plans.parallelStream().forEach(plan -> findings.addAndGet(
                GapAnalysis.analyse(plan, ProgressCalculator.compute(plan, asOf)).size()));
        return findings.get();
    }
}
