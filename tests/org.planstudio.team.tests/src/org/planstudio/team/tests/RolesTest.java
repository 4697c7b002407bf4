package org.planstudio.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.text.Texts;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreException;
import org.planstudio.store.internal.Schema;
import org.planstudio.team.ServerAdmin;
import org.planstudio.team.ServerStatus;
import org.planstudio.team.TeamException;
import org.planstudio.team.TeamRole;

/**
 * Roles are enforced by the database: each case connects with the user's own credentials, through
 * the store and through plain JDBC (what any SQL client could do), and is refused by PostgreSQL.
 */
@Timeout(120)
class RolesTest {

    private TestServer server;
    private ServerAdmin admin;

    @BeforeEach
    void initialise() throws Exception {
        server = new TestServer();
        admin = new ServerAdmin(server.owner(), server.prefix());
        admin.init();
        try (PlanStore store = PlanStore.open(server.owner())) {
            store.save(plan("plan-team", "团队规划"), 0, "owner", "first");
        }
    }

    @AfterEach
    void dropSchemaAndRoles() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static Plan plan(String id, String title) {
        Plan plan = PlanFactory.eINSTANCE.createPlan();
        plan.setId(id);
        plan.setTitle(Texts.of(title, "Team plan"));
        return plan;
    }

    @Test
    void viewerReadsEverythingAndChangesNothing() throws Exception {
        String viewer = server.user("leader");
        admin.addUser(viewer, TeamRole.VIEWER, "view-pass".toCharArray(), Optional.empty());

        try (PlanStore store = PlanStore.open(server.owner().withCredentials(viewer, "view-pass"))) {
            assertEquals(List.of("plan-team"), store.listPlans().stream().map(p -> p.id()).toList());
            Plan loaded = store.loadLatest("plan-team").orElseThrow().plan();
            loaded.setTitle(Texts.of("改过的标题", "Changed"));
            StoreException refused = assertThrows(StoreException.class, () -> store.save(loaded, 1, viewer, ""));
            assertEquals(StoreException.Reason.PERMISSION_DENIED, refused.reason(), refused.getMessage());
            assertTrue(refused.getMessage().contains("your role does not allow it"), refused.getMessage());
            assertTrue(refused.message(Locale.CHINESE).contains("无权"), refused.message(Locale.CHINESE));
            assertThrows(StoreException.class, () -> store.save(plan("plan-new", "新规划"), 0, viewer, ""));
        }
        try (Connection jdbc = server.connect(viewer, "view-pass")) {
            refused(jdbc, "UPDATE PLAN SET TITLE_ZH = 'x'");
            refused(jdbc, "DELETE FROM PLAN_REVISION");
            refused(jdbc, "INSERT INTO AUDIT_LOG (LOGGED_AT, ACTOR, ACTION, DETAIL)"
                    + " VALUES (CURRENT_TIMESTAMP, 'x', 'PLAN_CREATED', 'forged')");
        }
        try (PlanStore store = PlanStore.open(server.owner())) {
            assertEquals(1, store.revisions("plan-team").size(), "nothing the viewer tried was written");
            assertEquals("团队规划", store.listPlans().get(0).titleZh());
        }
    }

    @Test
    void planEditorSavesButCannotRewriteOrDeleteHistory() throws Exception {
        String editor = server.user("drafter");
        admin.addUser(editor, TeamRole.PLAN_EDITOR, "edit-pass".toCharArray(), Optional.empty());
        try (PlanStore store = PlanStore.open(server.owner().withCredentials(editor, "edit-pass"))) {
            Plan loaded = store.loadLatest("plan-team").orElseThrow().plan();
            loaded.setTitle(Texts.of("修订后的团队规划", "Revised"));
            assertEquals(2, store.save(loaded, 1, editor, "revised"));
            assertEquals(1, store.save(plan("plan-drafted", "起草的规划"), 0, editor, "new"));
            assertTrue(store.auditLog("plan-team", 5).stream().anyMatch(e -> e.actor().equals(editor)));
        }
        try (Connection jdbc = server.connect(editor, "edit-pass")) {
            refused(jdbc, "UPDATE AUDIT_LOG SET DETAIL = 'nothing happened'");
            refused(jdbc, "DELETE FROM AUDIT_LOG");
            refused(jdbc, "TRUNCATE AUDIT_LOG");
            refused(jdbc, "UPDATE AUDIT_FIELD SET NEW_VALUE = 'nothing happened'");
            refused(jdbc, "DELETE FROM AUDIT_FIELD");
            refused(jdbc, "TRUNCATE AUDIT_FIELD");
            refused(jdbc, "DELETE FROM PLAN_REVISION WHERE REVISION = 1");
            refused(jdbc, "UPDATE SCHEMA_VERSION SET VERSION = 99");
            refused(jdbc, "DROP TABLE PLAN_ELEMENT");
        }
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefused() throws Exception {
        String editor = server.user("someone");
        admin.addUser(editor, TeamRole.PLAN_EDITOR, "right".toCharArray(), Optional.empty());
        StoreException wrong = assertThrows(StoreException.class,
                () -> PlanStore.open(server.owner().withCredentials(editor, "wrong")).close());
        assertEquals(StoreException.Reason.AUTHENTICATION, wrong.reason(), wrong.getMessage());
        SQLException plain = assertThrows(SQLException.class, () -> server.connect(editor, "wrong").close());
        assertEquals("28P01", plain.getSQLState(), plain.getMessage());
        StoreException unknown = assertThrows(StoreException.class,
                () -> PlanStore.open(server.owner().withCredentials(server.user("nobody"), "x")).close());
        assertEquals(StoreException.Reason.AUTHENTICATION, unknown.reason(), unknown.getMessage());
    }

    @Test
    void onlyAnAdministratorAddsUsersAndStatusShowsWhoIsWho() throws Exception {
        String chief = server.user("chief");
        String editor = server.user("editor");
        admin.addUser(chief, TeamRole.ADMIN, "chief-pass".toCharArray(), Optional.empty());
        admin.addUser(editor, TeamRole.PLAN_EDITOR, "edit-pass".toCharArray(), Optional.empty());

        ServerAdmin asChief = new ServerAdmin(server.owner().withCredentials(chief, "chief-pass"), server.prefix());
        asChief.addUser(server.user("health"), TeamRole.DIVISION_EDITOR, "h".toCharArray(), Optional.of("org-health"));
        ServerAdmin asEditor = new ServerAdmin(server.owner().withCredentials(editor, "edit-pass"), server.prefix());
        TeamException notAllowed = assertThrows(TeamException.class,
                () -> asEditor.addUser(server.user("intruder"), TeamRole.ADMIN, "x".toCharArray(), Optional.empty()));
        assertEquals("notAllowed", notAllowed.key(), notAllowed.getMessage());

        asChief.grant(editor, TeamRole.VIEWER, Optional.empty());
        ServerStatus status = admin.status();
        assertEquals(Optional.of(Schema.latestVersion()), status.dataFormat());
        assertEquals(1, status.plans());
        assertEquals(List.of(new ServerStatus.Member(chief, TeamRole.ADMIN, Optional.empty()),
                new ServerStatus.Member(editor, TeamRole.VIEWER, Optional.empty()),
                new ServerStatus.Member(server.user("health"), TeamRole.DIVISION_EDITOR, Optional.of("org-health"))),
                status.members());
        try (Connection jdbc = server.connect(editor, "edit-pass")) {
            refused(jdbc, "UPDATE PLAN SET TITLE_ZH = 'x'");
        }
    }

    @Test
    void mistakesAreExplained() throws Exception {
        TeamException twice = assertThrows(TeamException.class, () -> {
            admin.addUser(server.user("dup"), TeamRole.VIEWER, "a".toCharArray(), Optional.empty());
            admin.addUser(server.user("dup"), TeamRole.VIEWER, "b".toCharArray(), Optional.empty());
        });
        assertEquals("userExists", twice.key());
        assertTrue(twice.message(Locale.CHINESE).contains("已有"), twice.message(Locale.CHINESE));
        assertEquals("divisionRequired", assertThrows(TeamException.class, () -> admin.addUser(server.user("d"),
                TeamRole.DIVISION_EDITOR, "p".toCharArray(), Optional.empty())).key());
        assertEquals("unknownUser", assertThrows(TeamException.class,
                () -> admin.grant(server.user("ghost"), TeamRole.VIEWER, Optional.empty())).key());
        assertThrows(IllegalArgumentException.class,
                () -> admin.addUser("bad name; DROP ROLE x", TeamRole.VIEWER, "p".toCharArray(), Optional.empty()));
    }

    private static void refused(Connection jdbc, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Statement statement = jdbc.createStatement()) {
                statement.execute(sql);
            }
        }, sql);
        assertTrue("42501".equals(e.getSQLState()) || e.getMessage().contains("must be owner"),
                sql + ": " + e.getSQLState() + " " + e.getMessage());
    }
}
