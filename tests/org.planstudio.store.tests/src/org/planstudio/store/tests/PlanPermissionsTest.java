package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.text.Texts;
import org.planstudio.store.PlanPermissions;

/**
 * The permission model the workbench uses to show elements read-only, without a database: the
 * same rules PostgreSQL's row-level security enforces (DivisionEditorTest in the team tests runs
 * them against the server).
 */
class PlanPermissionsTest {

    /** The rich test plan with task 2 led by 中关村 alone, so that the commission owns task 1 only. */
    private static Plan plan() {
        Plan plan = TestPlans.rich("plan-perm");
        task(plan, "task-2").getSupportingUnits().clear();
        return plan;
    }

    private static KeyTask task(Plan plan, String id) {
        return plan.getTaskAreas().get(0).getTasks().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void divisionChangesItsTasksTheirItemsAndComments() {
        Plan plan = plan();
        PlanPermissions division = PlanPermissions.division(plan, "org-stc");
        assertEquals(PlanPermissions.Scope.DIVISION, division.scope());
        assertEquals(Optional.of("org-stc"), division.division());
        assertTrue(division.mayChange(task(plan, "task-1")));
        assertTrue(division.mayChange(task(plan, "task-1").getTitle()), "a task's texts are the task's");
        assertTrue(division.mayChange(plan.getPlatforms().get(0)), "the lab implements task 1");
        assertTrue(division.mayChange(plan.getConsultations().get(0).getComments().get(0)));
        assertFalse(division.mayChange(task(plan, "task-2")));
        assertFalse(division.mayChange(plan.getJointProjects().get(0)), "the project implements task 2");
        assertFalse(division.mayChange(plan.getGoals().get(0)));
        assertFalse(division.mayChange(plan.getTaskAreas().get(0)));
        assertFalse(division.mayChange(plan), "the plan's own fields are the drafting office's");
        assertFalse(division.mayChangeStructure());
    }

    @Test
    void refusalsNameTheTaskItsLeadAndTheUsersDivision() {
        Plan plan = plan();
        PlanPermissions division = PlanPermissions.division(plan, "org-stc");
        assertEquals(Optional.of("任务 2 由 中关村科技园区管理委员会 牵头；您属于 北京市科学技术委员会，只能修改本处牵头或参与的任务"),
                division.refusal(task(plan, "task-2"), Locale.CHINESE));
        assertEquals(Optional.of("Task 2 is led by 中关村科技园区管理委员会; you belong to 北京市科学技术委员会 and may change"
                + " only the tasks your division leads or supports."), division.refusal(task(plan, "task-2"), Locale.ENGLISH));
        assertTrue(division.refusal(plan.getJointProjects().get(0), Locale.CHINESE).orElseThrow().startsWith("登记项 project-1"));
        assertEquals(Optional.empty(), division.refusal(task(plan, "task-1"), Locale.CHINESE));
    }

    @Test
    void newUpdatesAndItemsFollowTheirTask() {
        Plan plan = plan();
        PlanPermissions division = PlanPermissions.division(plan, "org-stc");
        ProgressUpdate own = PlanFactory.eINSTANCE.createProgressUpdate();
        own.setId("update-new");
        own.setTask(task(plan, "task-1"));
        own.setDone(Texts.of("新进展"));
        plan.getProgressUpdates().add(own);
        ProgressUpdate other = PlanFactory.eINSTANCE.createProgressUpdate();
        other.setId("update-other");
        other.setTask(task(plan, "task-2"));
        plan.getProgressUpdates().add(other);
        assertTrue(division.mayChange(own.getDone()));
        assertFalse(division.mayChange(other));
        assertTrue(division.refusal(other, Locale.CHINESE).orElseThrow().startsWith("任务 2 由"));

        Platform item = PlanFactory.eINSTANCE.createPlatform();
        item.setId("platform-new");
        plan.getPlatforms().add(item);
        assertFalse(division.mayChange(item), "a new item implementing nothing is not the division's yet");
        TestPlans.link(plan, "link-new", TraceKind.IMPLEMENTS, item, task(plan, "task-1"), false);
        assertTrue(division.mayChange(item), "it is once it implements task 1");
    }

    @Test
    void everythingAndNothing() {
        Plan plan = plan();
        assertTrue(PlanPermissions.everything().mayChange(task(plan, "task-2")));
        assertTrue(PlanPermissions.everything().mayChangeStructure());
        assertEquals(Optional.empty(), PlanPermissions.everything().refusal(plan.getGoals().get(0), Locale.CHINESE));
        assertFalse(PlanPermissions.nothing().mayChange(plan.getConsultations().get(0).getComments().get(0)));
        assertEquals(Optional.of("您的角色只能查看，不能修改本规划的任何内容。"),
                PlanPermissions.nothing().refusal(task(plan, "task-1"), Locale.CHINESE));
    }
}
