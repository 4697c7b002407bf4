package org.planstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.planstudio.store.StoreConfig;

class DatabaseOptionTest {

    private static final CliTexts TEXTS = new CliTexts(Locale.ENGLISH);
    private static final StoreConfig DEFAULT = StoreConfig.embedded(Path.of("/default/db"));

    private static DatabaseOption.Parsed parse(Map<String, String> env, String... args) throws CliException {
        return DatabaseOption.parse(List.of(args), () -> DEFAULT, env::get, TEXTS);
    }

    @Test
    void withoutOptionsTheDefaultDatabaseAndTheWholeCommand() throws Exception {
        DatabaseOption.Parsed parsed = parse(Map.of(), "export", "--plan", "p", "--db", "x");
        assertEquals(DEFAULT, parsed.config().get());
        assertEquals(List.of("export", "--plan", "p", "--db", "x"), parsed.rest(), "options after the command are its own");
    }

    @Test
    void aFolder() throws Exception {
        DatabaseOption.Parsed parsed = parse(Map.of(), "--db=/tmp/other", "import", "f.plan");
        assertEquals(StoreConfig.embedded(Path.of("/tmp/other")), parsed.config().get());
        assertEquals(List.of("import", "f.plan"), parsed.rest());
    }

    @Test
    void aServerWithThePasswordFromTheEnvironment() throws Exception {
        DatabaseOption.Parsed parsed = parse(Map.of(DatabaseOption.PASSWORD_VARIABLE, "pw"),
                "--db", "postgresql://db.office:55432/plans?sslmode=verify-full", "--user", "lihua", "help");
        StoreConfig config = parsed.config().get();
        assertEquals(StoreConfig.Engine.POSTGRESQL, config.engine());
        assertEquals("lihua", config.user().orElseThrow());
        assertEquals("pw", config.password().orElseThrow());
        assertEquals(Map.of("sslmode", "verify-full"), config.server().orElseThrow().options());
        assertEquals(List.of("help"), parsed.rest());
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhat() {
        CliException noUser = assertThrows(CliException.class, () -> parse(Map.of(), "--db", "postgresql://h/d", "help"));
        assertEquals(ExitCode.USAGE, noUser.exitCode());
        assertTrue(noUser.getMessage().contains("--user"), noUser.getMessage());
        CliException userAlone = assertThrows(CliException.class, () -> parse(Map.of(), "--user", "lihua", "help"));
        assertTrue(userAlone.getMessage().contains("--db postgresql://"), userAlone.getMessage());
        CliException bad = assertThrows(CliException.class, () -> parse(Map.of(), "--db", "postgresql://h/", "--user", "u"));
        assertTrue(bad.getMessage().contains("no database name"), bad.getMessage());
        CliException twice = assertThrows(CliException.class, () -> parse(Map.of(), "--db", "a", "--db", "b"));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
    }

    @Test
    void anUnreachableServerIsExitCode6WithTheAddress() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        ExitCode code = new PlanStudioCli(new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), () -> DEFAULT,
                Locale.ENGLISH, () -> java.time.LocalDate.of(2025, 6, 30),
                Map.of(DatabaseOption.PASSWORD_VARIABLE, "pw")::get)
                .run("--db", "postgresql://127.0.0.1:1/plans", "--user", "lihua", "export", "--plan", "p", "--out",
                        "/tmp/never-written.plan");
        String message = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(ExitCode.DATABASE_UNAVAILABLE, code, message);
        assertTrue(message.contains("lihua@postgresql://127.0.0.1:1/plans"), message);
    }
}
