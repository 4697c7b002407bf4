package org.planstudio.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;
import org.planstudio.store.PlanPermissions;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreException;
import org.planstudio.team.ServerAdmin;
import org.planstudio.team.TeamRole;

/**
 * A division editor changes their division's tasks, the registry items implementing them, comments
 * and progress updates, and nothing else; PostgreSQL's row-level security refuses the rest, through
 * the store and through plain JDBC with the editor's own credentials.
 */
@Timeout(180)
class DivisionEditorTest {

    private static final String PLAN = "plan-div";
    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private TestServer server;
    private String health;

    @BeforeEach
    void initialise() throws Exception {
        server = new TestServer();
        ServerAdmin admin = new ServerAdmin(server.owner(), server.prefix());
        admin.init();
        try (PlanStore store = PlanStore.open(server.owner())) {
            store.save(plan(), 0, "owner", "first");
        }
        health = server.user("health");
        admin.addUser(health, TeamRole.DIVISION_EDITOR, "h-pass".toCharArray(), Optional.of("org-health"));
    }

    @AfterEach
    void dropSchemaAndRoles() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** Task 1 is led by the health division, task 2 by the cooperation division; each has an item and an update. */
    private static Plan plan() {
        Plan plan = F.createPlan();
        plan.setId(PLAN);
        plan.setTitle(Texts.of("处室规划", "Division plan"));
        Organization healthOrg = org(plan, "org-health", "卫生健康处");
        Organization coopOrg = org(plan, "org-coop", "科技合作处");
        TaskArea area = F.createTaskArea();
        area.setId("area-1");
        area.setNumber(1);
        plan.getTaskAreas().add(area);
        KeyTask own = task(area, "task-1", 1, healthOrg);
        KeyTask other = task(area, "task-2", 2, coopOrg);
        implement(plan, "plat-1", own);
        implement(plan, "plat-2", other);
        ReportingPeriod period = F.createReportingPeriod();
        period.setId("period-1");
        plan.getReportingPeriods().add(period);
        update(plan, "update-1", own, period);
        update(plan, "update-2", other, period);
        Consultation consultation = F.createConsultation();
        consultation.setId("consult-1");
        plan.getConsultations().add(consultation);
        Comment comment = F.createComment();
        comment.setId("comment-1");
        comment.setText(Texts.of("意见"));
        consultation.getComments().add(comment);
        return plan;
    }

    private static Organization org(Plan plan, String id, String name) {
        Organization org = F.createOrganization();
        org.setId(id);
        org.setName(Texts.of(name));
        plan.getOrganizations().add(org);
        return org;
    }

    private static KeyTask task(TaskArea area, String id, int number, Organization lead) {
        KeyTask task = F.createKeyTask();
        task.setId(id);
        task.setNumber(number);
        task.setTitle(Texts.of("任务" + number));
        task.getLeadUnits().add(lead);
        area.getTasks().add(task);
        return task;
    }

    private static void implement(Plan plan, String id, KeyTask task) {
        Platform platform = F.createPlatform();
        platform.setId(id);
        platform.setName(Texts.of("平台 " + id));
        plan.getPlatforms().add(platform);
        TraceLink link = F.createTraceLink();
        link.setId("link-" + id);
        link.setKind(TraceKind.IMPLEMENTS);
        link.setSource(platform);
        link.setTarget(task);
        plan.getTraceLinks().add(link);
    }

    private static void update(Plan plan, String id, KeyTask task, ReportingPeriod period) {
        ProgressUpdate update = F.createProgressUpdate();
        update.setId(id);
        update.setTask(task);
        update.setPeriod(period);
        update.setDone(Texts.of("已完成"));
        plan.getProgressUpdates().add(update);
    }

    private PlanStore asHealth() throws StoreException {
        return PlanStore.open(server.owner().withCredentials(health, "h-pass"));
    }

    private static KeyTask task(Plan plan, String id) {
        return plan.getTaskAreas().get(0).getTasks().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow();
    }

    private static ProgressUpdate update(Plan plan, String id) {
        return plan.getProgressUpdates().stream().filter(u -> u.getId().equals(id)).findFirst().orElseThrow();
    }

    private static Platform platform(Plan plan, String id) {
        return plan.getPlatforms().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void ownTaskItemCommentAndUpdateAreSaved() throws Exception {
        try (PlanStore store = asHealth()) {
            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            task(plan, "task-1").setTitle(Texts.of("卫生任务（改）"));
            assertEquals(2, store.save(plan, 1, health, "own task"));
            plan = store.loadLatest(PLAN).orElseThrow().plan();
            platform(plan, "plat-1").setName(Texts.of("卫生平台（改）"));
            update(plan, "update-1").setDone(Texts.of("完成了体检"));
            plan.getConsultations().get(0).getComments().get(0).setText(Texts.of("意见（改）"));
            assertEquals(3, store.save(plan, 2, health, "item, update, comment"));
        }
        try (PlanStore store = PlanStore.open(server.owner())) {
            Plan stored = store.loadLatest(PLAN).orElseThrow().plan();
            assertEquals("卫生任务（改）", Texts.zh(task(stored, "task-1").getTitle()).orElseThrow());
            assertEquals("卫生平台（改）", Texts.zh(platform(stored, "plat-1").getName()).orElseThrow());
            assertEquals("完成了体检", Texts.zh(update(stored, "update-1").getDone()).orElseThrow());
            assertEquals("意见（改）", Texts.zh(stored.getConsultations().get(0).getComments().get(0).getText()).orElseThrow());
        }
    }

    @Test
    void newProgressUpdateAndNewImplementingItemForItsOwnTaskAreSaved() throws Exception {
        try (PlanStore store = asHealth()) {
            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            update(plan, "update-1b", task(plan, "task-1"), plan.getReportingPeriods().get(0));
            implement(plan, "plat-3", task(plan, "task-1"));
            assertEquals(2, store.save(plan, 1, health, "new update, new item"));

            Plan again = store.loadLatest(PLAN).orElseThrow().plan();
            update(again, "update-2b", task(again, "task-2"), again.getReportingPeriods().get(0));
            StoreException refused = assertThrows(StoreException.class, () -> store.save(again, 2, health, ""));
            assertEquals(StoreException.Reason.PERMISSION_DENIED, refused.reason(), refused.getMessage());
            assertTrue(refused.message(Locale.CHINESE).startsWith("任务 2 由 科技合作处 牵头"), refused.message(Locale.CHINESE));

            Plan third = store.loadLatest(PLAN).orElseThrow().plan();
            implement(third, "plat-4", task(third, "task-2"));
            assertEquals(StoreException.Reason.PERMISSION_DENIED,
                    assertThrows(StoreException.class, () -> store.save(third, 2, health, "")).reason(),
                    "an item implementing another division's task");
        }
        try (PlanStore store = PlanStore.open(server.owner())) {
            Plan stored = store.loadLatest(PLAN).orElseThrow().plan();
            assertEquals(2, store.revisions(PLAN).size());
            assertEquals("已完成", Texts.zh(update(stored, "update-1b").getDone()).orElseThrow());
            assertEquals("平台 plat-3", Texts.zh(platform(stored, "plat-3").getName()).orElseThrow());
        }
    }

    @Test
    void aSupportingDivisionEditsTheTaskToo() throws Exception {
        try (PlanStore store = PlanStore.open(server.owner())) {
            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            task(plan, "task-2").getSupportingUnits().add(plan.getOrganizations().get(0));
            assertEquals(2, store.save(plan, 1, "owner", "health supports task 2"));
        }
        try (PlanStore store = asHealth()) {
            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            task(plan, "task-2").setTitle(Texts.of("配合修改"));
            update(plan, "update-2").setDone(Texts.of("配合完成"));
            assertEquals(3, store.save(plan, 2, health, "as supporting unit"));
        }
    }

    @Test
    void viewerChangesNothingNotEvenComments() throws Exception {
        String viewer = server.user("leader");
        new ServerAdmin(server.owner(), server.prefix()).addUser(viewer, TeamRole.VIEWER, "v-pass".toCharArray(),
                Optional.empty());
        try (PlanStore store = PlanStore.open(server.owner().withCredentials(viewer, "v-pass"))) {
            assertEquals(PlanPermissions.Scope.NOTHING, store.permissions(PLAN).scope());
            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            plan.getConsultations().get(0).getComments().get(0).setText(Texts.of("查看者的意见"));
            assertEquals(StoreException.Reason.PERMISSION_DENIED,
                    assertThrows(StoreException.class, () -> store.save(plan, 1, viewer, "")).reason());
        }
        try (Connection jdbc = server.connect(viewer, "v-pass")) {
            jdbc.setAutoCommit(false);
            refused(jdbc, "UPDATE PLAN SET LATEST_REVISION = 2");
            refused(jdbc, "UPDATE PLAN_ELEMENT SET TO_REVISION = 1 WHERE ELEMENT_ID = 'comment-1'");
        }
    }

    @Test
    void anotherDivisionsTaskIsRefusedByTheDatabaseThroughTheStore() throws Exception {
        try (PlanStore store = asHealth()) {
            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            task(plan, "task-2").setTitle(Texts.of("越权修改"));
            StoreException refused = assertThrows(StoreException.class, () -> store.save(plan, 1, health, ""));
            assertEquals(StoreException.Reason.PERMISSION_DENIED, refused.reason(), refused.getMessage());
            assertEquals("任务 2 由 科技合作处 牵头；您属于 卫生健康处，只能修改本处牵头或参与的任务",
                    refused.message(Locale.CHINESE));
            assertTrue(refused.getMessage().startsWith("Task 2 is led by"), refused.getMessage());

            Plan again = store.loadLatest(PLAN).orElseThrow().plan();
            platform(again, "plat-2").setName(Texts.of("越权平台"));
            assertEquals(StoreException.Reason.PERMISSION_DENIED,
                    assertThrows(StoreException.class, () -> store.save(again, 1, health, "")).reason());
            Plan third = store.loadLatest(PLAN).orElseThrow().plan();
            update(third, "update-2").setDone(Texts.of("越权进展"));
            assertEquals(StoreException.Reason.PERMISSION_DENIED,
                    assertThrows(StoreException.class, () -> store.save(third, 1, health, "")).reason());
        }
        try (PlanStore store = PlanStore.open(server.owner())) {
            assertEquals(1, store.revisions(PLAN).size(), "nothing the division editor tried was written");
        }
    }

    @Test
    void divisionCannotMakeItselfLeadOfAnotherTask() throws Exception {
        try (PlanStore store = asHealth()) {
            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            KeyTask other = task(plan, "task-2");
            other.getLeadUnits().clear();
            other.getLeadUnits().add(plan.getOrganizations().get(0));
            assertEquals(StoreException.Reason.PERMISSION_DENIED,
                    assertThrows(StoreException.class, () -> store.save(plan, 1, health, "")).reason());
            Plan again = store.loadLatest(PLAN).orElseThrow().plan();
            task(again, "task-1").getSupportingUnits().add(again.getOrganizations().get(1));
            StoreException units = assertThrows(StoreException.class, () -> store.save(again, 1, health, ""),
                    "nor change the units of its own task");
            assertEquals(StoreException.Reason.PERMISSION_DENIED, units.reason(), units.getMessage());
            assertTrue(units.message(Locale.CHINESE).startsWith("任务 1：处室编辑不能更改牵头单位"), units.message(Locale.CHINESE));
        }
        try (Connection jdbc = server.connect(health, "h-pass")) {
            jdbc.setAutoCommit(false);
            // Forging a new row version of task 2 with the health division as its lead, in a real save.
            beginRevision(jdbc);
            refused(jdbc, "INSERT INTO PLAN_ELEMENT (PLAN_ID, ELEMENT_ID, KIND, PARENT_ID, FEATURE, POSITION,"
                    + " FROM_REVISION, CONTENT_SHA256, DATA, OWNER_TASK, LEAD_UNITS) SELECT PLAN_ID, ELEMENT_ID, KIND,"
                    + " PARENT_ID, FEATURE, POSITION, 2, CONTENT_SHA256, DATA, OWNER_TASK, '|org-health|'"
                    + " FROM PLAN_ELEMENT WHERE ELEMENT_ID = 'task-2'");
        }
    }

    @Test
    void plainJdbcWithTheEditorsPasswordIsHeldToTheSameRules() throws Exception {
        try (Connection jdbc = server.connect(health, "h-pass")) {
            jdbc.setAutoCommit(false);
            refused(jdbc, "UPDATE PLAN_ELEMENT SET DATA = NULL WHERE ELEMENT_ID = 'task-2'");
            refused(jdbc, "UPDATE PLAN_ELEMENT SET TO_REVISION = 1 WHERE ELEMENT_ID = 'task-2'");
            refused(jdbc, "UPDATE REGISTRY_ITEM SET TO_REVISION = 1 WHERE ITEM_ID = 'plat-2'");
            refused(jdbc, "DELETE FROM PLAN_ELEMENT");
            refused(jdbc, "INSERT INTO PLAN (PLAN_ID, TITLE_ZH, TITLE_EN, LATEST_REVISION, CREATED_AT, UPDATED_AT)"
                    + " VALUES ('p2', 'x', 'x', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            refused(jdbc, "UPDATE PLAN SET LATEST_REVISION = 7");
            // Without a revision of its own being written, not even its own task's row.
            refused(jdbc, "UPDATE PLAN_ELEMENT SET TO_REVISION = 1 WHERE ELEMENT_ID = 'task-1'");
            refused(jdbc, "INSERT INTO PLAN_REVISION (PLAN_ID, REVISION, SAVED_AT, AUTHOR, MESSAGE, STORAGE)"
                    + " VALUES ('" + PLAN + "', 2, CURRENT_TIMESTAMP, 'x', 'x', 'E')");

            beginRevision(jdbc);
            refused(jdbc, "UPDATE PLAN_ELEMENT SET TO_REVISION = 2 WHERE ELEMENT_ID = 'task-2'");
            beginRevision(jdbc);
            refused(jdbc, "UPDATE REGISTRY_ITEM SET TO_REVISION = 2 WHERE ITEM_ID = 'plat-2'");
            beginRevision(jdbc);
            refused(jdbc, "INSERT INTO PLAN_ELEMENT (PLAN_ID, ELEMENT_ID, KIND, PARENT_ID, FEATURE, POSITION,"
                    + " FROM_REVISION, CONTENT_SHA256, DATA) VALUES ('" + PLAN + "', 'goal-x', 'Goal', '" + PLAN
                    + "', 'goals', 0, 2, 'x', NULL)");
            beginRevision(jdbc);
            refused(jdbc, "INSERT INTO REGISTRY_LINK (LINK_KEY, PLAN_ID, LINK_ID, KIND, SOURCE_ID, TARGET_ID, SUSPECT,"
                    + " POSITION, FROM_REVISION, CONTENT_SHA256) VALUES (99999, '" + PLAN
                    + "', 'link-x', 'IMPLEMENTS', 'plat-1', 'task-2', FALSE, 9, 2, 'x')");
            // The same statement against its own task and its own item's row goes through.
            beginRevision(jdbc);
            try (Statement sql = jdbc.createStatement()) {
                assertEquals(1, sql.executeUpdate("UPDATE PLAN_ELEMENT SET TO_REVISION = 2 WHERE ELEMENT_ID = 'task-1'"
                        + " AND TO_REVISION IS NULL"));
                assertEquals(1, sql.executeUpdate("UPDATE REGISTRY_ITEM SET TO_REVISION = 2 WHERE ITEM_ID = 'plat-1'"
                        + " AND TO_REVISION IS NULL"));
            }
            jdbc.rollback();
        }
    }

    @Test
    void permissionsTellTheWorkbenchWhatIsEditableAndWhy() throws Exception {
        try (PlanStore store = asHealth()) {
            PlanPermissions permissions = store.permissions(PLAN);
            Plan plan = store.loadLatest(PLAN).orElseThrow().plan();
            assertEquals(PlanPermissions.Scope.DIVISION, permissions.scope());
            assertTrue(permissions.mayChange(task(plan, "task-1").getTitle()));
            assertTrue(permissions.mayChange(platform(plan, "plat-1")));
            assertTrue(permissions.mayChange(update(plan, "update-1")));
            assertTrue(permissions.mayChange(plan.getConsultations().get(0).getComments().get(0)));
            assertFalse(permissions.mayChange(task(plan, "task-2")));
            assertFalse(permissions.mayChange(platform(plan, "plat-2")));
            assertFalse(permissions.mayChange(update(plan, "update-2")));
            assertFalse(permissions.mayChange(plan.getTaskAreas().get(0)));
            assertFalse(permissions.mayChangeStructure());
            assertEquals(Optional.of("任务 2 由 科技合作处 牵头；您属于 卫生健康处，只能修改本处牵头或参与的任务"),
                    permissions.refusal(task(plan, "task-2"), Locale.CHINESE));
        }
        try (PlanStore store = PlanStore.open(server.owner())) {
            assertEquals(PlanPermissions.Scope.EVERYTHING, store.permissions(PLAN).scope());
        }
    }

    /** What a save does first: move the plan's latest revision on and insert that revision's row. */
    private static void beginRevision(Connection jdbc) throws SQLException {
        jdbc.rollback();
        try (Statement sql = jdbc.createStatement()) {
            sql.executeUpdate("UPDATE PLAN SET LATEST_REVISION = 2 WHERE PLAN_ID = '" + PLAN + "'");
            sql.executeUpdate("INSERT INTO PLAN_REVISION (PLAN_ID, REVISION, SAVED_AT, AUTHOR, MESSAGE, STORAGE)"
                    + " VALUES ('" + PLAN + "', 2, CURRENT_TIMESTAMP, 'x', 'x', 'E')");
        }
    }

    private static void refused(Connection jdbc, String sql) throws SQLException {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Statement statement = jdbc.createStatement()) {
                statement.execute(sql);
            }
        }, sql);
        assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
        jdbc.rollback();
    }
}
