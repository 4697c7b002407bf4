package org.planstudio.team.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.planstudio.model.plan.Plan;
import org.planstudio.store.AuditVerification;
import org.planstudio.store.PlanStore;
import org.planstudio.store.RevisionInfo;
import org.planstudio.team.ServerAdmin;
import org.planstudio.team.TeamRole;
import org.planstudio.team.tests.Ledger.Outcome;

/**
 * The concurrency campaign (issue 10): several clients, each a plan editor signed in with their
 * own credentials and their own store session, make random edits to one plan on the PostgreSQL
 * server, each saved at once. Afterwards: every acknowledged edit is in the final plan unless a
 * later acknowledged edit superseded or deleted it ({@link Ledger#check}); the revisions are
 * exactly the seed plus one per acknowledged edit; the audit chain verifies.
 *
 * <p>{@code ConcurrencyCampaignTest} runs a small N in every build with a server; {@link #main}
 * the full run (releng/scripts/concurrency-campaign.sh): {@code <clients> <edits per client> [seed]}.
 */
final class ConcurrencyCampaign {

    record Result(int clients, int editsPerClient, long acknowledged, long saved, long merged, long conflicts,
            long refused, long errors, int revisions, Ledger.Check check, List<String> lostInRevisions,
            List<String> problems, AuditVerification audit, long millis, List<String> samples) {

        boolean clean() {
            return problems.isEmpty() && check.lost().isEmpty() && lostInRevisions.isEmpty() && audit.intact();
        }
    }

    private final TestServer server;
    private final int clients;
    private final int editsPerClient;
    private final long seed;

    ConcurrencyCampaign(TestServer server, int clients, int editsPerClient, long seed) {
        this.server = server;
        this.clients = clients;
        this.editsPerClient = editsPerClient;
        this.seed = seed;
    }

    Result run() throws Exception {
        ServerAdmin admin = new ServerAdmin(server.owner(), server.prefix());
        admin.init();
        List<String> users = new ArrayList<>();
        for (int c = 1; c <= clients; c++) {
            String user = server.user("editor" + c);
            admin.addUser(user, TeamRole.PLAN_EDITOR, ("pass-" + c).toCharArray(), Optional.empty());
            users.add(user);
        }
        try (PlanStore store = PlanStore.open(server.owner())) {
            store.save(CampaignPlan.create(), 0, server.owner().user().orElseThrow(), "campaign seed");
        }
        Ledger ledger = new Ledger();
        CountDownLatch start = new CountDownLatch(clients);
        long began = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Void>> running = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                String user = users.get(c);
                String password = "pass-" + (c + 1);
                running.add(pool.submit(new CampaignClient(user, server.owner().withCredentials(user, password),
                        editsPerClient, seed + c, ledger, start)));
            }
            for (Future<Void> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        return check(ledger, users.get(0), "pass-1", millis);
    }

    private Result check(Ledger ledger, String user, String password, long millis) throws Exception {
        List<String> problems = new ArrayList<>();
        try (PlanStore store = PlanStore.open(server.owner().withCredentials(user, password))) {
            List<RevisionInfo> revisions = store.revisions(CampaignPlan.ID);
            Plan last = store.loadLatest(CampaignPlan.ID).orElseThrow().plan();
            // Not only the end: in every revision each acknowledged edit so far holds (or was superseded).
            List<String> lostInRevisions = new ArrayList<>();
            for (int r = 2; r < revisions.size(); r++) {
                lostInRevisions.addAll(ledger.check(store.load(CampaignPlan.ID, r).plan(), r).lost());
            }
            long acknowledged = ledger.count(Outcome.SAVED) + ledger.count(Outcome.MERGED);
            if (revisions.size() != acknowledged + 1) {
                problems.add(revisions.size() + " revisions, but the seed and " + acknowledged + " acknowledged saves");
            }
            List<Integer> numbers = ledger.edits().stream().filter(e -> e.outcome().acknowledged())
                    .map(Ledger.Edit::revision).sorted().toList();
            for (int i = 0; i < numbers.size(); i++) {
                if (numbers.get(i) != i + 2) {
                    problems.add("acknowledged revisions are not 2.." + (acknowledged + 1) + ": " + numbers);
                    break;
                }
            }
            if (ledger.edits().size() != clients * editsPerClient) {
                problems.add(ledger.edits().size() + " edits recorded of " + clients * editsPerClient);
            }
            AuditVerification audit = store.verifyAuditLog();
            // One example of each way an edit was reported to its author.
            List<String> samples = new ArrayList<>();
            for (Outcome outcome : List.of(Outcome.CONFLICT, Outcome.REFUSED, Outcome.ERROR)) {
                ledger.edits().stream().filter(e -> e.outcome() == outcome).findFirst()
                        .ifPresent(e -> samples.add(outcome + ": " + e.note()));
            }
            return new Result(clients, editsPerClient, acknowledged, ledger.count(Outcome.SAVED),
                    ledger.count(Outcome.MERGED), ledger.count(Outcome.CONFLICT), ledger.count(Outcome.REFUSED),
                    ledger.count(Outcome.ERROR),
                    revisions.size(), ledger.check(last, revisions.size()), lostInRevisions, problems, audit, millis,
                    samples);
        }
    }

    static String describe(Result r) {
        return String.format(Locale.ROOT, "%d clients x %d edits = %d; acknowledged %d (saved on the latest %d,"
                + " merged silently %d); reported as conflicts %d; refused after lost races %d; errors %d;"
                + " revisions %d; fields checked %d (deleted later %d, dropped by a merge %d); lost %d %s;"
                + " lost in earlier revisions %d %s; problems %s; audit %s (%d chained"
                + " entries); %.1f s; e.g. %s", r.clients(), r.editsPerClient(), r.clients() * r.editsPerClient(),
                r.acknowledged(), r.saved(), r.merged(), r.conflicts(), r.refused(), r.errors(), r.revisions(),
                r.check().fields(), r.check().deleted(), r.check().unchecked(), r.check().lost().size(),
                r.check().lost().stream().limit(10).collect(Collectors.toList()), r.lostInRevisions().size(),
                r.lostInRevisions().stream().limit(10).collect(Collectors.toList()), r.problems(),
                r.audit().intact() ? "intact" : "BROKEN at " + r.audit().brokenAt(), r.audit().chained(),
                r.millis() / 1000.0, r.samples());
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(args[0]);
        int edits = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261202L;
        Result result;
        try (TestServer server = new TestServer()) {
            result = new ConcurrencyCampaign(server, clients, edits, seed).run();
        }
        System.out.println(describe(result));
        System.exit(result.clean() ? 0 : 1);
    }
}
