package org.planstudio.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.walk.PlanQueries;

class PasteTest {

    @Test
    void pastingAnAreaIntoAnotherPlanGivesFreshIdsAndDropsWhatIsNotThere() throws Exception {
        Plan sample = Plans.sample();
        TaskArea area = sample.getTaskAreas().get(1);
        KeyTask a = area.getTasks().get(0);
        KeyTask b = area.getTasks().get(1);
        // A link inside the copied set: it must come along, between the copies.
        sample.getTraceLinks().add(DeletionTest.link("inside", TraceKind.SUPPORTS, a, b));
        Clipboard clipboard = Clipboard.copy(List.of(area, a));
        assertEquals(1, clipboard.elements().size(), "the task goes with its area");

        Plan small = Plans.small();
        Plan before = EcoreUtil.copy(small);
        AdapterFactoryEditingDomain domain = Plans.domainFor(small);
        Paste paste = Paste.of(domain, clipboard, small.getTaskAreas().get(0)).orElseThrow();
        domain.getCommandStack().execute(paste.command());

        TaskArea pasted = (TaskArea) paste.pasted().get(0);
        assertEquals(List.of(small.getTaskAreas().get(0), pasted), small.getTaskAreas(), "after the area pasted onto");
        assertEquals(2, pasted.getNumber());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), Plans.taskNumbers(small));
        assertEquals(Set.of(), Ids.duplicates(small).keySet());
        Set<String> sampleIds = ids(sample);
        for (String id : ids(small)) {
            if (!id.equals("org.bjstc") && !id.startsWith("small")) {
                assertFalse(sampleIds.contains(id), "a fresh id: " + id);
            }
        }
        assertEquals(List.of(), Plans.dangling(small));
        // The lead unit of the same id in this plan is kept; organisations and indicators it lacks are dropped and listed.
        KeyTask firstCopy = pasted.getTasks().get(0);
        assertEquals(List.of(small.getOrganizations().get(0)), firstCopy.getLeadUnits().subList(0, 1));
        assertFalse(paste.dropped().isEmpty());
        assertTrue(paste.dropped().stream().allMatch(d -> EcoreUtil.getRootContainer(d.target()) == sample));
        List<TraceLink> inside = PlanQueries.linksFrom(small, firstCopy, TraceKind.SUPPORTS);
        assertEquals(1, inside.size());
        assertEquals(pasted.getTasks().get(1), inside.get(0).getTarget());

        domain.getCommandStack().undo();
        assertTrue(Plans.equal(before, small));
    }

    @Test
    void pastingInTheSamePlanKeepsLinksToElementsOutsideTheCopy() throws Exception {
        Plan plan = Plans.sample();
        Plan before = EcoreUtil.copy(plan);
        AdapterFactoryEditingDomain domain = Plans.domainFor(plan);
        KeyTask task = plan.getTaskAreas().get(0).getTasks().get(0);
        int links = PlanQueries.linksTouching(plan, task).size();
        assertTrue(links > 0);
        Clipboard clipboard = Clipboard.copy(List.of(task));
        Paste paste = Paste.of(domain, clipboard, task).orElseThrow();
        domain.getCommandStack().execute(paste.command());
        KeyTask copy = (KeyTask) paste.pasted().get(0);
        assertEquals(1, plan.getTaskAreas().get(0).getTasks().indexOf(copy));
        assertEquals(2, copy.getNumber());
        assertEquals(links, PlanQueries.linksTouching(plan, copy).size());
        assertEquals(task.getLeadUnits(), copy.getLeadUnits());
        assertEquals(List.of(), paste.dropped());
        assertEquals(Set.of(), Ids.duplicates(plan).keySet());
        domain.getCommandStack().undo();
        assertTrue(Plans.equal(before, plan));

        // Pasting twice gives two distinct copies.
        Paste again = Paste.of(domain, clipboard, plan.getTaskAreas().get(2)).orElseThrow();
        domain.getCommandStack().execute(again.command());
        domain.getCommandStack().execute(Paste.of(domain, clipboard, plan.getTaskAreas().get(2)).orElseThrow().command());
        assertEquals(7, plan.getTaskAreas().get(2).getTasks().size());
        assertEquals(Set.of(), Ids.duplicates(plan).keySet());
    }

    @Test
    void pasteOnAPlaceThatCannotHoldTheKindIsRefused() throws Exception {
        Plan plan = Plans.sample();
        AdapterFactoryEditingDomain domain = Plans.domainFor(plan);
        Clipboard tasks = Clipboard.copy(List.of(plan.getTaskAreas().get(0).getTasks().get(0)));
        assertTrue(Paste.of(domain, tasks, plan.getOrganizations().get(0)).isEmpty());
        assertTrue(Paste.of(domain, tasks, plan).isEmpty(), "a task needs an area");
        Clipboard principle = Clipboard.copy(List.of(plan.getPrinciples().get(0)));
        Paste onPlan = Paste.of(domain, principle, plan).orElseThrow();
        domain.getCommandStack().execute(onPlan.command());
        assertEquals(PlanPackage.Literals.PLAN__PRINCIPLES, onPlan.pasted().get(0).eContainmentFeature());
    }

    private static Set<String> ids(Plan plan) {
        Set<String> ids = new HashSet<>();
        List<EObject> all = new ArrayList<>();
        plan.eAllContents().forEachRemaining(all::add);
        for (EObject e : all) {
            if (e instanceof Identified identified) {
                ids.add(identified.getId());
            }
        }
        return ids;
    }
}
