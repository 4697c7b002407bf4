package org.planstudio.trace.bench;

import java.util.ArrayList;
import java.util.List;

/** Durations of repeated runs of one step: the first (cold: class loading, JIT) and the best and median of the rest. */
final class Timings {

    private final List<Long> nanos = new ArrayList<>();

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    double firstMs() {
        return ms(nanos.get(0));
    }

    /** Of the warm runs, or of the only run. */
    double medianMs() {
        List<Long> warm = warm();
        return ms(warm.get(warm.size() / 2));
    }

    double bestMs() {
        return ms(warm().get(0));
    }

    int runs() {
        return nanos.size();
    }

    private List<Long> warm() {
        List<Long> warm = new ArrayList<>(nanos.size() > 1 ? nanos.subList(1, nanos.size()) : nanos);
        warm.sort(null);
        return warm;
    }

    private static double ms(long value) {
        return value / 1_000_000.0;
    }
}
