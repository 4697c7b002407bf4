package org.planstudio.team.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.planstudio.merge.Dropped;
import org.planstudio.store.ConcurrentSaveException;
import org.planstudio.store.ConflictPolicy;
import org.planstudio.store.PlanStore;
import org.planstudio.store.SaveResult;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoredPlan;
import org.planstudio.team.tests.Ledger.Outcome;

/**
 * One person at their own Plan Studio: their own store session (own connection, own credentials),
 * their own copy of the plan. Each edit is saved at once with {@code saveMerging} from the copy's
 * base; on a conflict nothing is written, the client notes it was told and reloads.
 */
final class CampaignClient implements Callable<Void> {

    private final String user;
    private final StoreConfig config;
    private final int edits;
    private final RandomEdits random;
    private final Ledger ledger;
    private final CountDownLatch start;

    CampaignClient(String user, StoreConfig config, int edits, long seed, Ledger ledger, CountDownLatch start) {
        this.user = Objects.requireNonNull(user, "user");
        this.config = Objects.requireNonNull(config, "config");
        this.edits = edits;
        this.random = new RandomEdits(user, seed);
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.start = Objects.requireNonNull(start, "start");
    }

    @Override
    public Void call() throws Exception {
        try (PlanStore store = PlanStore.open(config)) {
            StoredPlan copy = store.loadLatest(CampaignPlan.ID).orElseThrow();
            start.countDown();
            start.await();
            for (int number = 1; number <= edits; number++) {
                copy = edit(store, copy, number);
            }
        }
        return null;
    }

    private StoredPlan edit(PlanStore store, StoredPlan copy, int number) throws StoreException {
        RandomEdits.Applied applied = random.apply(copy.plan());
        Map<String, Optional<String>> values = new LinkedHashMap<>();
        applied.fields().forEach(field -> values.put(field, CampaignPlan.read(copy.plan(), field)));
        int base = copy.revision().revision();
        try {
            SaveResult result = store.saveMerging(copy.plan(), base, user, applied.kind() + " #" + number,
                    ConflictPolicy.FAIL);
            if (!result.isSaved()) {
                ledger.add(new Ledger.Edit(user, number, applied.kind(), values, Outcome.CONFLICT, 0, List.of(),
                        result.conflicts().get(0).describe()));
                return store.loadLatest(CampaignPlan.ID).orElseThrow();
            }
            int revision = result.saved().orElseThrow().revision();
            List<String> dropped = result.dropped().stream().map(CampaignClient::field).toList();
            ledger.add(new Ledger.Edit(user, number, applied.kind(), values,
                    result.merged() ? Outcome.MERGED : Outcome.SAVED, revision, dropped, ""));
            // The copy continues from what was saved, so the next edit is often stale again.
            return store.load(CampaignPlan.ID, revision);
        } catch (ConcurrentSaveException e) {
            // The store lost the race to faster savers on every attempt and said "reload and apply them again".
            ledger.add(new Ledger.Edit(user, number, applied.kind(), values, Outcome.REFUSED, 0, List.of(),
                    e.getMessage()));
            return store.loadLatest(CampaignPlan.ID).orElseThrow();
        } catch (StoreException e) {
            // Told to the author as an error (e.g. a serialization failure after the store's retries).
            ledger.add(new Ledger.Edit(user, number, applied.kind(), values, Outcome.ERROR, 0, List.of(),
                    e.reason() + ": " + e.getMessage()));
            return store.loadLatest(CampaignPlan.ID).orElseThrow();
        }
    }

    private static String field(Dropped dropped) {
        return dropped.elementId() + "#" + (dropped.elementRemoved() ? CampaignPlan.EXISTS : dropped.feature());
    }
}
