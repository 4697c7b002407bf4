package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
}
