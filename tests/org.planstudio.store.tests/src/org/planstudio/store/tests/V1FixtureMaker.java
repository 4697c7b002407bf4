package org.planstudio.store.tests;

import java.nio.file.Path;
import java.util.List;

import org.planstudio.model.plan.Plan;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;

/**
 * Writes the migration fixture: a store folder with the {@link History} of plan {@value #PLAN}
 * (six revisions, a baseline at revision 3) and two revisions of a second plan, plus each
 * revision exported to {@code expected/<plan>-r<n>.plan}. Run once with the data format 1 store
 * (commit a3ea765), then zipped into {@code fixtures/store-v1.zip}:
 * {@code java -cp <store, model, EMF, Derby and this fragment's classes> org.planstudio.store.tests.V1FixtureMaker <folder>}
 * and {@code cd <folder> && zip -r store-v1.zip db expected}. Kept so that the fixture can be
 * explained and remade from a checkout of that commit; with today's store it writes a database of
 * the current format instead.
 */
public final class V1FixtureMaker {

    static final String PLAN = "plan-hist";
    static final String OTHER = "plan-other";
    static final int BASELINE_REVISION = 3;

    private V1FixtureMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(folder.resolve("db")))) {
            List<Plan> history = History.of(PLAN);
            for (int i = 0; i < history.size(); i++) {
                store.save(history.get(i), i, "张三", "revision " + (i + 1));
            }
            store.nameBaseline(PLAN, BASELINE_REVISION, "征求意见稿", "李四");
            Plan other = TestPlans.rich(OTHER);
            store.save(other, 0, "王五", "");
            other.getCountries().remove(0);
            other.getOrganizations().get(2).setCountry(null);
            other.getPlatforms().get(0).getPartnerCountries().clear();
            store.save(other, 1, "王五", "countries");
            for (String plan : List.of(PLAN, OTHER)) {
                int latest = store.planInfo(plan).orElseThrow().latestRevision();
                for (int r = 1; r <= latest; r++) {
                    store.exportRevision(plan, r, folder.resolve("expected").resolve(plan + "-r" + r + ".plan"));
                }
            }
        }
    }
}
