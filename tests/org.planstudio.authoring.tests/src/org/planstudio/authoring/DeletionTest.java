package org.planstudio.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.walk.PlanQueries;

class DeletionTest {

    @Test
    void deletingAnyElementOfTheSampleLeavesNothingDanglingAndUndoGivesItBack() throws Exception {
        Plan plan = Plans.sample();
        Plan before = EcoreUtil.copy(plan);
        AdapterFactoryEditingDomain domain = Plans.domainFor(plan);
        List<EObject> candidates = new ArrayList<>();
        plan.eAllContents().forEachRemaining(e -> {
            if (e instanceof Identified && !(e instanceof TraceLink)) {
                candidates.add(e);
            }
        });
        assertTrue(candidates.size() > 50, "the sample has many elements: " + candidates.size());
        for (EObject element : candidates) {
            Command command = Deletion.of(List.of(element)).command(domain);
            assertTrue(command.canExecute(), "delete " + element);
            domain.getCommandStack().execute(command);
            assertTrue(element.eContainer() == null, "removed: " + element);
            assertEquals(List.of(), Plans.dangling(plan), "after deleting " + ((Identified) element).getId());
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13).subList(0, Plans.taskNumbers(plan).size()),
                    Plans.taskNumbers(plan));
            domain.getCommandStack().undo();
            assertTrue(Plans.equal(before, plan), "undo of deleting " + ((Identified) element).getId());
        }
    }

    @Test
    void theConsequencesAreListedBeforeAnythingChanges() throws Exception {
        Plan plan = Plans.sample();
        AdapterFactoryEditingDomain domain = Plans.domainFor(plan);
        KeyTask task = plan.getTaskAreas().get(1).getTasks().get(0);
        Platform platform = PlanFactory.eINSTANCE.createPlatform();
        platform.setId("p.1");
        plan.getPlatforms().add(platform);
        Comment comment = PlanFactory.eINSTANCE.createComment();
        comment.setId("c.1");
        plan.getConsultations().get(0).getComments().add(comment);
        plan.getTraceLinks().add(link("l.impl", TraceKind.IMPLEMENTS, platform, task));
        plan.getTraceLinks().add(link("l.about", TraceKind.ABOUT, comment, task));
        Plan before = EcoreUtil.copy(plan);

        Deletion deletion = Deletion.of(List.of(task));
        List<TraceLink> touching = PlanQueries.linksTouching(plan, task);
        assertEquals(touching.size(), deletion.links().size());
        assertTrue(deletion.links().size() >= 3, "the task's own links and the two added");
        assertEquals(List.of(platform), deletion.implementers());
        assertEquals(List.of(comment), deletion.comments());
        assertTrue(Plans.equal(before, plan), "planning changes nothing");

        domain.getCommandStack().execute(deletion.command(domain));
        assertTrue(platform.eContainer() != null && comment.eContainer() != null, "registry items and comments stay");
        assertEquals(List.of(), PlanQueries.linksTouching(plan, task));
        assertEquals(List.of(), Plans.dangling(plan));
    }

    @Test
    void deletingAnOrganisationClearsTheUnitsThatNamedItAndUndoRestoresThem() throws Exception {
        Plan plan = Plans.sample();
        Plan before = EcoreUtil.copy(plan);
        AdapterFactoryEditingDomain domain = Plans.domainFor(plan);
        Organization org = (Organization) PlanQueries.find(plan, "org.bjstc").orElseThrow();
        long leading = PlanQueries.tasks(plan).stream().filter(t -> t.getLeadUnits().contains(org)).count();
        Deletion deletion = Deletion.of(List.of(org));
        assertEquals(leading, deletion.references().stream()
                .filter(r -> r.feature() == PlanPackage.Literals.KEY_TASK__LEAD_UNITS).count());
        assertTrue(leading > 0);

        domain.getCommandStack().execute(deletion.command(domain));
        assertFalse(PlanQueries.tasks(plan).stream().anyMatch(t -> t.getLeadUnits().contains(org)));
        assertEquals(List.of(), Plans.dangling(plan));
        domain.getCommandStack().undo();
        assertTrue(Plans.equal(before, plan));
    }

    @Test
    void deletingSeveralElementsIsOneUndoStep() throws Exception {
        Plan plan = Plans.sample();
        Plan before = EcoreUtil.copy(plan);
        AdapterFactoryEditingDomain domain = Plans.domainFor(plan);
        KeyTask a = plan.getTaskAreas().get(0).getTasks().get(0);
        KeyTask b = plan.getTaskAreas().get(2).getTasks().get(1);
        // The area and a task inside it: the task goes with its area, listed once.
        Deletion deletion = Deletion.of(List.of(a, b, plan.getTaskAreas().get(2), plan.getPrinciples().get(0)));
        assertEquals(3, deletion.selected().size());
        domain.getCommandStack().execute(deletion.command(domain));
        assertEquals(2, plan.getTaskAreas().size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), Plans.taskNumbers(plan));
        assertEquals(List.of(1, 2), plan.getTaskAreas().stream().map(t -> t.getNumber()).toList());
        assertEquals(List.of(), Plans.dangling(plan));
        domain.getCommandStack().undo();
        assertTrue(Plans.equal(before, plan));
        assertFalse(domain.getCommandStack().canUndo());
    }

    static TraceLink link(String id, TraceKind kind, Identified source, Identified target) {
        TraceLink link = PlanFactory.eINSTANCE.createTraceLink();
        link.setId(id);
        link.setKind(kind);
        link.setSource(source);
        link.setTarget(target);
        return link;
    }
}
