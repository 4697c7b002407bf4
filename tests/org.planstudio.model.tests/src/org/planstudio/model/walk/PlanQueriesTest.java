package org.planstudio.model.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.planstudio.model.TestPlans;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceKind;

class PlanQueriesTest {

    private final Plan plan = TestPlans.small();

    @Test
    void tasksInPlanOrderAcrossAreas() {
        assertEquals(List.of("task.01", "task.02", "task.03"), PlanQueries.tasks(plan).stream().map(KeyTask::getId).toList());
    }

    @Test
    void linksFromAndToAnElementByKind() {
        KeyTask first = plan.getTaskAreas().get(0).getTasks().get(0);
        Indicator platforms = plan.getGoals().get(0).getIndicators().get(0);

        assertEquals(List.of(plan.getTraceLinks().get(0)), PlanQueries.linksFrom(plan, first, TraceKind.CONTRIBUTES_TO));
        assertEquals(List.of(), PlanQueries.linksFrom(plan, first, TraceKind.GUIDED_BY));
        assertEquals(plan.getTraceLinks(), PlanQueries.linksTo(plan, platforms, TraceKind.CONTRIBUTES_TO));
        assertEquals(List.of(), PlanQueries.linksTo(plan, first, TraceKind.CONTRIBUTES_TO));
    }

    @Test
    void findById() {
        assertEquals(Optional.of(plan), PlanQueries.find(plan, "plan"));
        assertEquals(Optional.of(plan.getTaskAreas().get(1).getTasks().get(0)), PlanQueries.find(plan, "task.03").map(Identified.class::cast));
        assertEquals(Optional.empty(), PlanQueries.find(plan, "nothing"));
    }
}
