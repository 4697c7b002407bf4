package org.planstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.store.ServerAddress;
import org.planstudio.store.StoreConfig;
import org.planstudio.team.ServerAdmin;
import org.planstudio.team.TeamRole;

/**
 * The administrator's steps of docs/team.md through the command line, on the throw-away server that
 * releng/scripts/test.sh starts (it uses the real schema and role names, so it runs only on a
 * server of test-postgres.sh, named by PLANSTUDIO_TEST_PG_DIR, and drops them afterwards).
 */
@Timeout(300)
class ServerCommandTest {

    @TempDir
    Path dir;

    private String url;
    private String owner;
    private String ownerPassword;

    private CliRun planstudio(String user, String password, Map<String, String> extraEnv, String... command) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("PLANSTUDIO_DB_PASSWORD", password);
        List<String> args = new ArrayList<>(List.of("--db", url, "--user", user));
        args.addAll(List.of(command));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            ExitCode code = new PlanStudioCli(o, e, () -> StoreConfig.embedded(dir.resolve("unused")), Locale.ENGLISH,
                    () -> LocalDate.of(2025, 6, 30), env::get).run(args.toArray(String[]::new));
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private void requireThrowAwayServer() {
        url = System.getenv("PLANSTUDIO_TEST_PG_URL");
        owner = System.getenv("PLANSTUDIO_TEST_PG_USER");
        ownerPassword = System.getenv("PLANSTUDIO_TEST_PG_PASSWORD");
        if (url == null || owner == null || ownerPassword == null || System.getenv("PLANSTUDIO_TEST_PG_DIR") == null) {
            String why = "needs the throw-away PostgreSQL server of releng/scripts/test-postgres.sh (docs/team.md)";
            if ("true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("PLANSTUDIO_REQUIRE_POSTGRESQL") != null) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
    }

    @Test
    void initAddUsersImportVerifyAndAViewerIsRefused() throws Exception {
        requireThrowAwayServer();
        CliRun before = planstudio(owner, ownerPassword, Map.of(), "server", "status");
        assertEquals(ExitCode.OK, before.exitCode(), before.toString());
        assertTrue(before.out().contains("not set up for Plan Studio yet"), before.toString());

        CliRun init = planstudio(owner, ownerPassword, Map.of(), "server", "init");
        assertEquals(ExitCode.OK, init.exitCode(), init.toString());
        CliRun viewer = planstudio(owner, ownerPassword, Map.of(ServerCommand.NEW_PASSWORD_VARIABLE, "lead-pass"),
                "server", "adduser", "cli_leader", "--role", "viewer");
        assertEquals(ExitCode.OK, viewer.exitCode(), viewer.toString());
        CliRun editor = planstudio(owner, ownerPassword, Map.of(ServerCommand.NEW_PASSWORD_VARIABLE, "edit-pass"),
                "server", "adduser", "cli_drafter", "--role", "plan-editor");
        assertEquals(ExitCode.OK, editor.exitCode(), editor.toString());

        Path sample = SamplePlanFile.copyTo(dir);
        CliRun imported = planstudio("cli_drafter", "edit-pass", Map.of(), "import", sample.toString(), "--quiet");
        assertEquals(ExitCode.OK, imported.exitCode(), imported.toString());
        CliRun refused = planstudio("cli_leader", "lead-pass", Map.of(), "import", sample.toString(), "--quiet");
        assertEquals(ExitCode.NOT_ALLOWED, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("your role does not allow it"), refused.toString());
        CliRun wrong = planstudio("cli_leader", "not-it", Map.of(), "audit", "verify");
        assertEquals(ExitCode.DATABASE_UNAVAILABLE, wrong.exitCode(), wrong.toString());
        assertTrue(wrong.err().contains("refused the password"), wrong.toString());

        CliRun verified = planstudio("cli_leader", "lead-pass", Map.of(), "audit", "verify");
        assertEquals(ExitCode.OK, verified.exitCode(), verified.toString());
        assertTrue(verified.out().contains("the audit log is intact"), verified.toString());
        CliRun status = planstudio(owner, ownerPassword, Map.of(), "server", "status");
        assertTrue(status.out().contains("cli_drafter\tplan-editor") && status.out().contains("cli_leader\tviewer")
                && status.out().contains("1 plans"), status.toString());

        try (Connection jdbc = connect(owner, ownerPassword); Statement sql = jdbc.createStatement()) {
            sql.execute("UPDATE planstudio.AUDIT_LOG SET ACTOR = 'someone else' WHERE ACTION = 'PLAN_IMPORTED'"
                    + " OR ACTION = 'PLAN_CREATED'");
        }
        CliRun tampered = planstudio("cli_leader", "lead-pass", Map.of(), "audit", "verify");
        assertEquals(ExitCode.AUDIT_BROKEN, tampered.exitCode(), tampered.toString());
        assertTrue(tampered.err().contains("the chain breaks at entry"), tampered.toString());
    }

    private Connection connect(String user, String password) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return new org.postgresql.Driver().connect(ServerAddress.parse(url).jdbcUrl(), properties);
    }

    @AfterEach
    void dropTheTeamSchemaAndRoles() throws Exception {
        if (url == null || System.getenv("PLANSTUDIO_TEST_PG_DIR") == null) {
            return;
        }
        try (Connection jdbc = connect(owner, ownerPassword); Statement sql = jdbc.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS planstudio CASCADE");
            // The users this test added, then the group roles of server init (never the owner's own role).
            List<String> roles = new ArrayList<>(List.of("cli_leader", "cli_drafter"));
            for (TeamRole role : TeamRole.values()) {
                roles.add(role.roleName(ServerAdmin.DEFAULT_PREFIX));
            }
            for (String role : roles) {
                sql.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }
}
