package org.planstudio.compare;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.store.BaselineInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoredPlan;

/**
 * Loads the two sides of a comparison from the store, each named as a person names it: a revision
 * number ("3", "r3"), a baseline name ("征求意见稿"), or "latest".
 */
public final class Revisions {

    public static final String LATEST = "latest";

    private Revisions() {
    }

    /** A loaded side: the plan and which version it is. */
    public record Loaded(StoredPlan stored, Version version) {
    }

    /**
     * @throws StoreException {@link StoreException.Reason#NOT_FOUND} for an unknown plan or revision number
     * @throws UnknownVersionException for a name that is neither a number nor a baseline of the plan
     */
    public static Loaded load(PlanStore store, String planId, String spec)
            throws StoreException, UnknownVersionException {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(planId, "planId");
        String wanted = Objects.requireNonNull(spec, "spec").strip();
        List<BaselineInfo> baselines = store.baselines(planId);
        Optional<BaselineInfo> baseline = baselines.stream().filter(b -> b.name().equals(wanted)).findFirst();
        int revision;
        if (baseline.isPresent()) {
            revision = baseline.get().revision();
        } else if (wanted.equalsIgnoreCase(LATEST)) {
            List<RevisionInfo> all = store.revisions(planId);
            revision = all.get(all.size() - 1).revision();
        } else {
            revision = number(wanted).orElseThrow(() -> new UnknownVersionException(planId, wanted,
                    baselines.stream().map(BaselineInfo::name).toList()));
        }
        StoredPlan stored = store.load(planId, revision);
        RevisionInfo info = stored.revision();
        return new Loaded(stored, new Version(info.revision(), baseline.map(BaselineInfo::name),
                Optional.of(info.savedAt()), info.author()));
    }

    /** Compares two stored versions of a plan. */
    public static Comparison compare(PlanStore store, String planId, String from, String to, Locale locale)
            throws StoreException, UnknownVersionException {
        Loaded before = load(store, planId, from);
        Loaded after = load(store, planId, to);
        return PlanComparison.compare(before.stored().plan(), before.version(), after.stored().plan(), after.version(),
                locale);
    }

    private static Optional<Integer> number(String spec) {
        String digits = spec.toLowerCase(Locale.ROOT).startsWith("r") ? spec.substring(1) : spec;
        try {
            int n = Integer.parseInt(digits);
            return n > 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
