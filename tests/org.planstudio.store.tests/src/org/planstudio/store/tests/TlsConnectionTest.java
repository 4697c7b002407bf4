package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.text.Texts;
import org.planstudio.store.PlanStore;
import org.planstudio.store.ServerAddress;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;

/**
 * TLS to the server, verify-full with the office's CA: a throw-away server with ssl=on, admitting
 * TLS connections only, with a certificate for "localhost" from a CA made with openssl for this run
 * ({@code test-postgres.sh start --tls}). PostgreSQL run only; it needs the PostgreSQL binaries and
 * openssl, as the test server does.
 */
@Timeout(120)
class TlsConnectionTest {

    private static Map<String, String> server;

    @BeforeAll
    static void startTlsServer() throws Exception {
        if (!TestStores.postgresql()) {
            Assumptions.abort("the TLS server test runs in the PostgreSQL run");
        }
        Process start = new ProcessBuilder("bash", script().toString(), "start", "--tls")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(start.waitFor(90, TimeUnit.SECONDS) && start.exitValue() == 0,
                "test-postgres.sh start --tls failed");
        server = new HashMap<>();
        output.lines().map(line -> line.split("=", 2)).filter(kv -> kv.length == 2)
                .forEach(kv -> server.put(kv[0], kv[1]));
    }

    @AfterAll
    static void stopTlsServer() throws Exception {
        if (server != null && server.containsKey("PLANSTUDIO_TEST_PG_DIR")) {
            new ProcessBuilder("bash", script().toString(), "stop", server.get("PLANSTUDIO_TEST_PG_DIR")).inheritIO()
                    .start().waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static Path script() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve("releng/scripts/test-postgres.sh");
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        throw new IOException("releng/scripts/test-postgres.sh not found above " + Path.of("").toAbsolutePath());
    }

    /** The TLS server's address with {@code host} instead of localhost and the given options. */
    private static StoreConfig config(String host, String options) {
        String url = server.get("PLANSTUDIO_TEST_PG_URL").replace("//localhost:", "//" + host + ":") + "?" + options;
        return StoreConfig.postgresql(ServerAddress.parse(url), server.get("PLANSTUDIO_TEST_PG_USER"),
                server.get("PLANSTUDIO_TEST_PG_PASSWORD"));
    }

    @Test
    void verifyFullWithTheOfficeCaConnectsOverTls() throws Exception {
        StoreConfig office = config("localhost",
                "sslmode=verify-full&sslrootcert=" + server.get("PLANSTUDIO_TEST_PG_CA"));
        Plan plan = PlanFactory.eINSTANCE.createPlan();
        plan.setId("plan-tls");
        plan.setTitle(Texts.of("加密连接的规划"));
        try (PlanStore store = PlanStore.open(office)) {
            assertEquals(1, store.save(plan, 0, "tls-user", "over TLS"));
            assertEquals("加密连接的规划", store.loadLatest("plan-tls").orElseThrow().plan().getTitle().getZh());
        }
        try (Connection jdbc = TestStores.connect(office); Statement sql = jdbc.createStatement();
                ResultSet row = sql.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertTrue(row.next() && row.getBoolean(1), "the connection with the same options is not encrypted");
        }
    }

    @Test
    void aPlainConnectionIsRefusedByThisServer() {
        // Proves the server admits TLS only, so that the connection above was encrypted.
        StoreException refused = assertThrows(StoreException.class,
                () -> PlanStore.open(config("localhost", "sslmode=disable")).close());
        assertEquals(StoreException.Reason.AUTHENTICATION, refused.reason(), refused.getMessage());
    }

    @Test
    void aCertificateFromAnotherCaIsRefusedWithAClearMessage() {
        StoreException refused = assertThrows(StoreException.class, () -> PlanStore.open(
                config("localhost", "sslmode=verify-full&sslrootcert=" + server.get("PLANSTUDIO_TEST_PG_OTHER_CA")))
                .close());
        assertTrue(refused.getMessage().contains("certificate authority you named (sslrootcert) did not sign"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("//localhost:"), refused.getMessage());
        assertTrue(refused.getMessage().contains("the office's CA certificate"), refused.getMessage());
        assertTrue(refused.message(Locale.CHINESE).contains("证书颁发机构"), refused.message(Locale.CHINESE));
    }

    @Test
    void aHostNameTheCertificateDoesNotNameIsRefusedWithAClearMessage() {
        StoreException refused = assertThrows(StoreException.class, () -> PlanStore.open(
                config("127.0.0.1", "sslmode=verify-full&sslrootcert=" + server.get("PLANSTUDIO_TEST_PG_CA"))).close());
        assertTrue(refused.getMessage().contains("was not issued for the host name in"), refused.getMessage());
        assertTrue(refused.getMessage().contains("127.0.0.1"), refused.getMessage());
        assertTrue(refused.message(Locale.CHINESE).contains("主机名"), refused.message(Locale.CHINESE));
    }
}
