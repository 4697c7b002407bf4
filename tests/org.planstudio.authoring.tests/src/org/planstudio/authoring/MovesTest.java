package org.planstudio.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.TaskArea;

class MovesTest {

    @Test
    void everyTaskMovedUpAndDownKeepsNumbersInOrderAndUndoGivesThePlanBack() throws Exception {
        Plan plan = Plans.sample();
        Plan before = EcoreUtil.copy(plan);
        AdapterFactoryEditingDomain domain = Plans.domainFor(plan);
        List<Integer> ordered = Plans.taskNumbers(plan);
        for (TaskArea area : List.copyOf(plan.getTaskAreas())) {
            for (KeyTask task : List.copyOf(area.getTasks())) {
                for (int delta : new int[] { -1, 1 }) {
                    int index = area.getTasks().indexOf(task);
                    var move = Moves.step(domain, List.of(task), delta);
                    boolean atBorder = delta < 0 ? index == 0 : index == area.getTasks().size() - 1;
                    assertEquals(atBorder, move.isEmpty(), "task " + task.getId() + " by " + delta);
                    if (move.isPresent()) {
                        domain.getCommandStack().execute(move.get());
                        assertEquals(index + delta, area.getTasks().indexOf(task));
                        assertEquals(ordered, Plans.taskNumbers(plan), "numbers follow the new order");
                        assertEquals(List.of(task), List.copyOf(move.get().getAffectedObjects()));
                        domain.getCommandStack().undo();
                        assertTrue(Plans.equal(before, plan));
                    }
                }
            }
        }
    }

    @Test
    void aBlockOfSelectedElementsMovesTogether() throws Exception {
        Plan plan = Plans.sample();
        AdapterFactoryEditingDomain domain = Plans.domainFor(plan);
        TaskArea area = plan.getTaskAreas().get(1);
        List<KeyTask> tasks = List.copyOf(area.getTasks());
        domain.getCommandStack().execute(Moves.step(domain, List.of(tasks.get(3), tasks.get(2)), -1).orElseThrow());
        assertEquals(List.of(tasks.get(0), tasks.get(2), tasks.get(3), tasks.get(1), tasks.get(4)), area.getTasks());
        // At the top the first stops and the second closes up behind it.
        domain.getCommandStack().execute(Moves.step(domain, List.of(tasks.get(0), tasks.get(3)), -1).orElseThrow());
        assertEquals(List.of(tasks.get(0), tasks.get(3), tasks.get(2), tasks.get(1), tasks.get(4)), area.getTasks());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), Plans.taskNumbers(plan));

        Principle first = plan.getPrinciples().get(0);
        domain.getCommandStack().execute(Moves.step(domain, List.of(first), 1).orElseThrow());
        assertEquals(1, plan.getPrinciples().indexOf(first));
        assertEquals(2, first.getNumber());
        assertEquals(1, plan.getPrinciples().get(0).getNumber());
    }

    @Test
    void aTaskMovesToAnotherAreaAndIsNumberedThere() throws Exception {
        Plan plan = Plans.sample();
        Plan before = EcoreUtil.copy(plan);
        AdapterFactoryEditingDomain domain = Plans.domainFor(plan);
        TaskArea first = plan.getTaskAreas().get(0);
        TaskArea third = plan.getTaskAreas().get(2);
        KeyTask last = third.getTasks().get(4);
        Command command = Moves.to(domain, List.of(last), first, PlanPackage.Literals.TASK_AREA__TASKS, 1).orElseThrow();
        domain.getCommandStack().execute(command);
        assertEquals(first, last.eContainer());
        assertEquals(1, first.getTasks().indexOf(last));
        assertEquals(2, last.getNumber());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), Plans.taskNumbers(plan));
        assertEquals(List.of(), Plans.dangling(plan));
        domain.getCommandStack().undo();
        assertEquals(ids(before), ids(plan));
        assertEquals(Plans.taskNumbers(before), Plans.taskNumbers(plan));
        assertTrue(Plans.equal(before, plan));

        // Reordering within the own list by drag and drop: to the end of the area.
        KeyTask top = third.getTasks().get(0);
        domain.getCommandStack().execute(Moves.to(domain, List.of(top), third, PlanPackage.Literals.TASK_AREA__TASKS, -1).orElseThrow());
        assertEquals(4, third.getTasks().indexOf(top));
        domain.getCommandStack().execute(Moves.to(domain, List.of(top), third, PlanPackage.Literals.TASK_AREA__TASKS, 1).orElseThrow());
        assertEquals(1, third.getTasks().indexOf(top));
        domain.getCommandStack().undo();
        domain.getCommandStack().undo();
        assertTrue(Plans.equal(before, plan));
    }

    private static List<String> ids(Plan plan) {
        return plan.getTaskAreas().stream().flatMap(a -> a.getTasks().stream()).map(t -> t.getId() + "@" + ((TaskArea) t.eContainer()).getId()).toList();
    }

    @Test
    void nothingMovesIntoItselfOrIntoAListOfAnotherKind() throws Exception {
        Plan plan = Plans.sample();
        AdapterFactoryEditingDomain domain = Plans.domainFor(plan);
        TaskArea area = plan.getTaskAreas().get(0);
        EObject task = area.getTasks().get(0);
        assertTrue(Moves.to(domain, List.of(area), area, PlanPackage.Literals.TASK_AREA__TASKS, 0).isEmpty());
        assertTrue(Moves.to(domain, List.of(task), plan, PlanPackage.Literals.PLAN__PRINCIPLES, 0).isEmpty());
    }
}
