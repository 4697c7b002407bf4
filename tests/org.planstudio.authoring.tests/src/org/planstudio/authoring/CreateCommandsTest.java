package org.planstudio.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.text.PlanDates;

class CreateCommandsTest {

    @Test
    void everyNewChildOfTheSampleIsUndoneToAnEqualPlan() throws Exception {
        Plan plan = Plans.sample();
        Plan before = EcoreUtil.copy(plan);
        AdapterFactoryEditingDomain domain = Plans.domainFor(plan);
        List<EObject> owners = new ArrayList<>(List.of(plan));
        owners.addAll(plan.getTaskAreas());
        owners.addAll(plan.getGoals());
        owners.addAll(plan.getConsultations());
        int created = 0;
        for (EObject owner : owners) {
            for (NewChild child : StructureCommands.newChildren(domain, owner)) {
                Command command = StructureCommands.create(domain, child);
                assertTrue(command.canExecute(), child.toString());
                domain.getCommandStack().execute(command);
                EObject value = (EObject) command.getAffectedObjects().iterator().next();
                assertEquals(child.kind(), value.eClass());
                assertTrue(((List<?>) owner.eGet(child.feature())).contains(value));
                assertFalse(((Identified) value).getId().isBlank());
                assertEquals(Set.of(), Ids.duplicates(plan).keySet());
                for (EReference text : value.eClass().getEAllContainments()) {
                    if (!text.isMany() && text.getEReferenceType() == PlanPackage.Literals.LOCALIZED_TEXT) {
                        assertNotNull(value.eGet(text), "an empty text to type into: " + text.getName());
                    }
                }
                domain.getCommandStack().undo();
                assertTrue(Plans.equal(before, plan), "undo of " + child);
                created++;
            }
        }
        // Plan: 13 lists (trace links are made between elements), areas: tasks, goals: indicators, consultations: comments.
        assertEquals(13 + plan.getTaskAreas().size() + plan.getGoals().size() + plan.getConsultations().size(), created);
    }

    @Test
    void groupsOfThePlanOfferTheirOwnKind() throws Exception {
        Plan plan = Plans.sample();
        AdapterFactoryEditingDomain domain = Plans.domainFor(plan);
        Set<EReference> planLists = StructureCommands.newChildren(domain, plan).stream().map(NewChild::feature)
                .collect(Collectors.toSet());
        assertTrue(planLists.contains(PlanPackage.Literals.PLAN__TASK_AREAS));
        assertFalse(planLists.contains(PlanPackage.Literals.PLAN__TRACE_LINKS));
        KeyTask task = plan.getTaskAreas().get(0).getTasks().get(0);
        assertEquals(List.of(), StructureCommands.newChildren(domain, task));
        assertEquals(List.of(PlanPackage.Literals.KEY_TASK),
                StructureCommands.newSiblings(domain, task).stream().map(NewChild::kind).toList());
        assertEquals(List.of(PlanPackage.Literals.TASK_AREA),
                StructureCommands.newSiblings(domain, plan.getTaskAreas().get(0)).stream().map(NewChild::kind).toList());
    }

    @Test
    void aNewTaskTakesTheNextNumberTheAreasDomainAndThePlansEnd() throws Exception {
        Plan plan = Plans.sample();
        AdapterFactoryEditingDomain domain = Plans.domainFor(plan);
        TaskArea second = plan.getTaskAreas().get(1);
        KeyTask firstOfSecond = second.getTasks().get(0);
        NewChild child = StructureCommands.newSiblings(domain, firstOfSecond).get(0);
        Command command = StructureCommands.createAfter(domain, child, firstOfSecond);
        domain.getCommandStack().execute(command);
        KeyTask created = (KeyTask) command.getAffectedObjects().iterator().next();
        assertEquals(1, second.getTasks().indexOf(created));
        assertEquals(firstOfSecond.getNumber() + 1, created.getNumber());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13), Plans.taskNumbers(plan));
        assertEquals(Optional.of(LocalDate.of(plan.getEndYear(), 12, 31)), PlanDates.toLocalDate(created.getDeadline()));

        // The first area's tasks have no domain, the second's differ: a task added to an area of one domain takes it.
        TaskArea uniform = plan.getTaskAreas().get(0);
        uniform.getTasks().forEach(t -> t.setDomainId("health"));
        Command inUniform = StructureCommands.create(domain, StructureCommands.newChildren(domain, uniform).get(0));
        domain.getCommandStack().execute(inUniform);
        assertEquals("health", ((KeyTask) inUniform.getAffectedObjects().iterator().next()).getDomainId());
        assertEquals(null, created.getDomainId(), "the second area mixes domains");
    }
}
