package org.planstudio.store.internal.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.planstudio.model.plan.Plan;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;
import org.planstudio.store.internal.DerbyPlanStore;
import org.planstudio.store.internal.SaveHook;

/**
 * Saves {@link SyntheticPlan} revisions in a loop, reporting on stdout: {@code READY}, then per
 * revision {@code SAVING n}, {@code WRITING n} (its transaction starts writing rows) and, once
 * committed, {@code SAVED n}; finally {@code DONE}.
 * With a pause revision p, the save of p stops inside its transaction, after all its rows are
 * written and before the commit, prints {@code PENDING p} and waits for stdin to close: a test
 * kills the JVM there. Used by the store's crash tests; also a crude load generator.
 *
 * <p>With {@code --tracked} first, revision 1 is a {@link SyntheticPlan} and every later revision
 * is the plan the store handed out with {@link SyntheticEdits} applied, saved from its tracked
 * changes; after each such save the loop prints {@code TRACKED n} if the store wrote it from the
 * changes alone.
 *
 * <p>Usage: {@code SaveLoop [--tracked] <database folder> <plan id> <items per kind> <revisions> [pause revision]}
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] arguments) throws Exception {
        boolean tracked = arguments.length > 0 && arguments[0].equals("--tracked");
        String[] args = tracked ? Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
        if (args.length < 4) {
            System.err.println("usage: SaveLoop [--tracked] <database folder> <plan id> <items per kind> <revisions>"
                    + " [pause revision]");
            System.exit(2);
        }
        String planId = args[1];
        int size = Integer.parseInt(args[2]);
        int revisions = Integer.parseInt(args[3]);
        int pause = args.length > 4 ? Integer.parseInt(args[4]) : -1;
        try (DerbyPlanStore store = DerbyPlanStore.open(StoreConfig.embedded(Path.of(args[0])))) {
            store.setSaveHook(new SaveHook() {
                @Override
                public void writing(String id, int revision) {
                    report("WRITING " + revision);
                }

                @Override
                public void beforeCommit(String id, int revision) {
                    if (revision == pause) {
                        report("PENDING " + revision);
                        waitForEndOfInput();
                    }
                }
            });
            report("READY");
            int base = store.planInfo(planId).map(info -> info.latestRevision()).orElse(0);
            if (tracked) {
                saveTracked(store, planId, size, base, revisions);
            } else {
                for (int revision = base + 1; revision <= base + revisions; revision++) {
                    report("SAVING " + revision);
                    int saved = store.save(SyntheticPlan.build(planId, revision, size), revision - 1, "save-loop",
                            "synthetic revision " + revision);
                    report("SAVED " + saved);
                }
            }
        }
        report("DONE");
    }

    private static void saveTracked(DerbyPlanStore store, String planId, int size, int base, int revisions)
            throws StoreException {
        int first = base + 1;
        if (base == 0) {
            report("SAVING 1");
            report("SAVED " + store.save(SyntheticPlan.build(planId, 1, size), 0, "save-loop", "synthetic revision 1"));
            first = 2;
        }
        Plan plan = store.loadLatest(planId).orElseThrow().plan();
        for (int revision = first; revision <= base + revisions; revision++) {
            SyntheticEdits.apply(plan, revision);
            long incremental = store.incrementalSaves();
            report("SAVING " + revision);
            int saved = store.save(plan, revision - 1, "save-loop", "edited revision " + revision);
            report("SAVED " + saved);
            if (store.incrementalSaves() > incremental) {
                report("TRACKED " + saved);
            }
        }
    }

    private static void report(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void waitForEndOfInput() {
        try {
            while (System.in.read() >= 0) {
                // keep the transaction open until stdin closes or the process is killed
            }
        } catch (IOException e) {
            // stdin went away: carry on and commit
        }
    }
}
