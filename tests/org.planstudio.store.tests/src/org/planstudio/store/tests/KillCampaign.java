package org.planstudio.store.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.internal.tools.SaveLoop;
import org.planstudio.store.internal.tools.SyntheticEdits;
import org.planstudio.store.internal.tools.SyntheticPlan;

/**
 * Crash safety at scale: N rounds of a child JVM saving large revisions ({@link SaveLoop}: every
 * revision rewrites every registry item, link and element) into one database, each round killed
 * with SIGKILL at a random moment, then the database reopened and checked: it opens, its
 * revisions are numbered 1..latest without a gap, no revision the child reported committed is
 * missing, and every revision committed since the last check (and the latest) reads back equal
 * to what the child saved. After the last round every revision is read back once more.
 *
 * <p>In {@link Mode#TRACKED} the child edits the plan the store handed it ({@link SyntheticEdits}) and
 * saves it from its tracked changes, as the workbench does; revision r is then checked against
 * revision r - 1 with r's edits applied.
 *
 * <p>{@code KillCampaignTest} runs a few rounds of each mode in every build; {@link #main} runs a long
 * campaign (releng/scripts/kill-campaign.sh): {@code <rounds> <items per kind> <folder> [seed] [full|tracked]}.
 */
final class KillCampaign {

    static final String PLAN = "kill-plan";

    /** How the child saves: each revision a new plan (a full save), or the store's plan edited (a tracked save). */
    enum Mode {
        FULL, TRACKED
    }

    record Result(int rounds, int revisions, Map<String, Integer> killedAfter, long millis, List<String> problems,
            int trackedSaves) {
    }

    private final Path folder;
    private final Path work;
    private final int itemsPerKind;
    private final Mode mode;
    private final Random random;
    private final Map<String, Integer> killedAfter = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private int checkedUpTo;
    private int trackedSaves;
    private double saveMillis = 2000;
    private boolean verbose;

    KillCampaign(Path work, int itemsPerKind, long seed) {
        this(work, itemsPerKind, seed, Mode.FULL);
    }

    KillCampaign(Path work, int itemsPerKind, long seed, Mode mode) {
        this.work = work;
        this.folder = work.resolve("db");
        this.itemsPerKind = itemsPerKind;
        this.mode = mode;
        this.random = new Random(seed);
    }

    Result run(int rounds) throws Exception {
        long start = System.nanoTime();
        for (int round = 1; round <= rounds; round++) {
            round(round);
        }
        int latest = checkAll();
        return new Result(rounds, latest, killedAfter, (System.nanoTime() - start) / 1_000_000, problems,
                trackedSaves);
    }

    private void round(int round) throws Exception {
        int lastSaved;
        int lastStarted;
        String lastLine;
        List<String> args = new ArrayList<>(List.of(folder.toString(), PLAN, Integer.toString(itemsPerKind), "1000"));
        if (mode == Mode.TRACKED) {
            args.add(0, "--tracked");
        }
        try (ChildJvm child = ChildJvm.start(SaveLoop.class, work, args.toArray(String[]::new))) {
            List<String> lines = new ArrayList<>();
            child.expect("READY");
            if (round == 1) {
                // so that even a short campaign has a committed revision to check
                lines.add(child.expect("SAVED "));
            }
            lines.add(child.expect("SAVING "));
            // A random moment within about two saves from the start of one: in the middle of
            // writing rows, at the commit, or between two saves.
            long delay = (long) (random.nextDouble() * 2 * saveMillis);
            long started = System.nanoTime();
            lines.addAll(child.linesFor(delay));
            child.kill();
            lines.addAll(child.remainingLines());
            trackedSaves += (int) lines.stream().filter(l -> l.startsWith("TRACKED ")).count();
            // TRACKED only follows SAVED: where the kill landed is the save's step before it.
            List<String> steps = lines.stream().filter(l -> !l.startsWith("TRACKED ")).toList();
            lastLine = steps.isEmpty() ? "READY" : steps.get(steps.size() - 1).split(" ")[0];
            lastSaved = last(lines, "SAVED ");
            lastStarted = last(lines, "SAVING ");
            int saves = (int) lines.stream().filter(l -> l.startsWith("SAVED ")).count();
            // The window follows the save's duration on this machine: no save finished in it, wider.
            if (saves > 0) {
                saveMillis = 0.7 * saveMillis + 0.3 * ((System.nanoTime() - started) / 1e6 / saves);
            } else {
                saveMillis *= 1.3;
            }
        }
        killedAfter.merge(lastLine, 1, Integer::sum);
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(folder))) {
            int latest = store.planInfo(PLAN).map(PlanInfo::latestRevision).orElse(0);
            if (latest < Math.max(lastSaved, checkedUpTo)) {
                problems.add("round " + round + ": latest revision " + latest + " but " + Math.max(lastSaved,
                        checkedUpTo) + " was committed");
            }
            if (lastStarted > 0 && latest > lastStarted) {
                problems.add("round " + round + ": latest revision " + latest + " was never saved");
            }
            if (latest > 0) {
                List<Integer> numbers = store.revisions(PLAN).stream().map(RevisionInfo::revision).toList();
                for (int i = 0; i < numbers.size(); i++) {
                    if (numbers.get(i) != i + 1) {
                        problems.add("round " + round + ": revisions " + numbers);
                        break;
                    }
                }
                for (int r = Math.max(1, checkedUpTo); r <= latest; r++) {
                    check(store, r, "round " + round);
                }
            }
            checkedUpTo = latest;
            if (verbose) {
                System.err.printf(Locale.ROOT, "kill-campaign: round %d killed after %s, latest revision %d,"
                        + " problems so far %d %s%n", round, lastLine, latest, problems.size(), problems);
            }
        }
    }

    private int checkAll() throws Exception {
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(folder))) {
            int latest = store.planInfo(PLAN).map(PlanInfo::latestRevision).orElse(0);
            for (int r = 1; r <= latest; r++) {
                check(store, r, "final check");
            }
            return latest;
        }
    }

    private void check(PlanStore store, int revision, String when) throws Exception {
        if (!PlanResources.equal(expected(store, revision), store.load(PLAN, revision).plan())) {
            problems.add(when + ": revision " + revision + " is not what was saved");
        }
    }

    // A tracked revision is its predecessor with that revision's edits, which are deterministic.
    private Plan expected(PlanStore store, int revision) throws Exception {
        if (mode == Mode.FULL || revision == 1) {
            return SyntheticPlan.build(PLAN, revision, itemsPerKind);
        }
        Plan previous = store.load(PLAN, revision - 1).plan();
        SyntheticEdits.apply(previous, revision);
        return previous;
    }

    private static int last(List<String> lines, String prefix) {
        int last = 0;
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                last = Integer.parseInt(line.substring(prefix.length()).trim());
            }
        }
        return last;
    }

    static String describe(Result result, int itemsPerKind) {
        return String.format(Locale.ROOT, "%d kills, %d items per kind (%d registry items and links per revision),"
                + " %d revisions committed (%d of the saves seen written from tracked changes), %.0f s;"
                + " killed after: %s; problems: %s", result.rounds(), itemsPerKind, itemsPerKind * 8,
                result.revisions(), result.trackedSaves(), result.millis() / 1000.0, result.killedAfter(),
                result.problems().isEmpty() ? "none" : result.problems());
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int itemsPerKind = Integer.parseInt(args[1]);
        Path work = Files.createDirectories(Path.of(args[2]));
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261201L;
        Mode mode = args.length > 4 ? Mode.valueOf(args[4].toUpperCase(Locale.ROOT)) : Mode.FULL;
        KillCampaign campaign = new KillCampaign(work, itemsPerKind, seed, mode);
        campaign.verbose = true;
        Result result = campaign.run(rounds);
        System.out.println(describe(result, itemsPerKind));
        System.exit(result.problems().isEmpty() ? 0 : 1);
    }
}
