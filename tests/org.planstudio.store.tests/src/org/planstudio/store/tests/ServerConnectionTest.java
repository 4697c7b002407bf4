package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;
import org.planstudio.store.PlanStore;
import org.planstudio.store.ServerAddress;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/** Connecting to a PostgreSQL server: what goes wrong is said plainly. Needs the test server (see TestStores). */
class ServerConnectionTest {


    @Test
    @Timeout(60)
    void wrongPasswordIsRefused() {
        StoreConfig server = TestStores.server();
        StoreConfig wrong = server.withCredentials(server.user().orElseThrow(), "not the password");
        StoreException error = assertThrows(StoreException.class, () -> PlanStore.open(wrong).close());
        assertEquals(Reason.AUTHENTICATION, error.reason(), error.getMessage());
        assertTrue(error.getMessage().contains("refused the password"), error.getMessage());
        assertTrue(error.message(Locale.CHINESE).contains("密码"), error.message(Locale.CHINESE));
    }

    @Test
    @Timeout(60)
    void unknownUserIsRefused() {
        StoreConfig server = TestStores.server();
        StoreException error = assertThrows(StoreException.class,
                () -> PlanStore.open(server.withCredentials("nobody_here", "x")).close());
        assertEquals(Reason.AUTHENTICATION, error.reason(), error.getMessage());
    }

    @Test
    @Timeout(60)
    void unknownDatabaseIsNamed() {
        StoreConfig server = TestStores.server();
        ServerAddress address = server.server().orElseThrow();
        StoreConfig elsewhere = StoreConfig.postgresql(ServerAddress.parse("postgresql://" + address.host() + ":"
                + address.port() + "/no_such_db"), server.user().orElseThrow(), server.password().orElseThrow());
        StoreException error = assertThrows(StoreException.class, () -> PlanStore.open(elsewhere).close());
        assertEquals(Reason.NOT_FOUND, error.reason(), error.getMessage());
        assertTrue(error.getMessage().contains("no_such_db"), error.getMessage());
    }

    @Test
    @Timeout(60)
    void serverThatDoesNotAnswerIsReported() {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        StoreConfig nowhere = StoreConfig.postgresql(ServerAddress.parse("postgresql://127.0.0.1:1/plans"), "u", "p");
        StoreException error = assertThrows(StoreException.class, () -> PlanStore.open(nowhere).close());
        assertEquals(Reason.DATABASE, error.reason(), error.getMessage());
        assertTrue(error.getMessage().contains("Could not reach"), error.getMessage());
    }

    @Test
    @Timeout(60)
    void tlsRefusedByTheServerIsNamedAsTls() {
        // The throw-away test server has no TLS: sslmode=require must fail, and say it is about TLS.
        StoreConfig server = TestStores.server();
        ServerAddress address = server.server().orElseThrow();
        StoreConfig tls = StoreConfig.postgresql(ServerAddress.parse("postgresql://" + address.host() + ":"
                + address.port() + "/" + address.database() + "?sslmode=require"), server.user().orElseThrow(),
                server.password().orElseThrow());
        StoreException error = assertThrows(StoreException.class, () -> PlanStore.open(tls).close());
        assertEquals(Reason.DATABASE, error.reason(), error.getMessage());
        assertTrue(error.getMessage().contains("(TLS)"), error.getMessage());
        assertTrue(error.getMessage().contains(tls.location()), error.getMessage());
        assertTrue(error.message(Locale.CHINESE).contains("TLS"), error.message(Locale.CHINESE));
    }

    @Test
    @Timeout(60)
    void connectionLostDuringASaveStoresNothingAndSaysSo() throws Exception {
        // On the server in both runs, like the other tests here: a schema of its own, dropped at the end.
        String schema = "t_lost_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        StoreConfig config = TestStores.server().withSchema(schema);
        try (Connection admin = TestStores.connect(TestStores.server()); Statement sql = admin.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
        }
        try {
            saveWhileTheConnectionIsLost(config);
        } finally {
            try (Connection admin = TestStores.connect(TestStores.server()); Statement sql = admin.createStatement()) {
                sql.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void saveWhileTheConnectionIsLost(StoreConfig config) throws Exception {
        Timestamp before;
        try (Connection admin = TestStores.connect(TestStores.server());
                PreparedStatement now = admin.prepareStatement("SELECT clock_timestamp()");
                ResultSet row = now.executeQuery()) {
            row.next();
            before = row.getTimestamp(1);
        }
        Plan plan = TestPlans.rich("plan-lost");
        try (PlanStore store = PlanStore.open(config)) {
            store.save(plan, 0, "张三", "first");
            terminateStoreSessionsSince(before);
            plan.setTitle(Texts.of("断线时的标题", "Title while the line is down"));
            StoreException error = assertThrows(StoreException.class, () -> store.save(plan, 1, "张三", "second"));
            assertEquals(Reason.DATABASE, error.reason(), error.getMessage());
            assertTrue(error.getMessage().contains("connection to the database server for " + config.location()
                    + " was lost"), error.getMessage());
            assertTrue(error.message(Locale.CHINESE).contains("连接已断开"), error.message(Locale.CHINESE));
        }
        try (PlanStore again = PlanStore.open(config)) {
            assertEquals(1, again.listPlans().get(0).latestRevision(), "the interrupted save left no revision");
        }
    }

    private static void terminateStoreSessionsSince(Timestamp since) throws Exception {
        // Only sessions of this test: the store's (application name Plan Studio) opened after it began.
        try (Connection admin = TestStores.connect(TestStores.server());
                PreparedStatement kill = admin.prepareStatement("SELECT count(pg_terminate_backend(pid))"
                        + " FROM pg_stat_activity WHERE application_name = 'Plan Studio' AND backend_start >= ?"
                        + " AND pid <> pg_backend_pid()")) {
            kill.setTimestamp(1, since);
            try (ResultSet row = kill.executeQuery()) {
                row.next();
                assertEquals(1, row.getInt(1), "sessions ended");
            }
        }
    }
}
