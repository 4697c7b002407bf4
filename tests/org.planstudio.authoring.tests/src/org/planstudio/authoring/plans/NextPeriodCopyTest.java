package org.planstudio.authoring.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.planstudio.authoring.plans.PlanSettings.IssuerName;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanStatus;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;

class NextPeriodCopyTest {

    private static PlanSettings next() {
        return new PlanSettings("bj-bri-2028", "“一带一路”科技创新北京行动计划（2028-2031年）", "Belt and Road Plan 2028-2031",
                2028, 2031, PlanStatus.DRAFT_FOR_COMMENT, List.of(new IssuerName("北京市科学技术委员会", "")));
    }

    private static Set<String> ids(Plan plan) {
        Set<String> ids = new HashSet<>();
        ids.add(plan.getId());
        for (TreeIterator<EObject> all = plan.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Identified element) {
                ids.add(element.getId());
            }
        }
        return ids;
    }

    private static List<KeyTask> tasks(Plan plan) {
        return plan.getTaskAreas().stream().flatMap(a -> a.getTasks().stream()).toList();
    }

    @Test
    void theCopyKeepsStructureAndTextsWithAllIdsNew() throws Exception {
        Plan source = SamplePlan.read();
        Plan untouched = EcoreUtil.copy(source);

        Plan copy = NextPeriodCopy.copy(source, next()).plan();

        assertTrue(EcoreUtil.equals(untouched, source), "the source plan is not changed");
        Set<String> shared = ids(copy);
        shared.retainAll(ids(source));
        assertEquals(Set.of(), shared, "no element of the copy keeps an id of the source");
        assertEquals(Map.of(), Ids.duplicates(copy));
        assertEquals(List.of(), Ids.missing(copy));

        assertEquals("bj-bri-2028", copy.getId());
        assertEquals("bj-bri-2024", copy.getDerivedFromPlanId());
        assertEquals(Optional.of("Belt and Road Plan 2028-2031"), Texts.en(copy.getTitle()));
        assertEquals(source.getTaskAreas().size(), copy.getTaskAreas().size());
        assertEquals(tasks(source).stream().map(t -> Texts.zh(t.getText())).toList(),
                tasks(copy).stream().map(t -> Texts.zh(t.getText())).toList());
        assertEquals(Texts.zh(source.getGuidingIdeology()), Texts.zh(copy.getGuidingIdeology()));
        assertEquals(source.getPrinciples().size(), copy.getPrinciples().size());
        assertEquals(source.getOrganizations().size(), copy.getOrganizations().size());
        // The issuer named in the settings is the copied organisation of that name, not a new one.
        assertEquals(1, copy.getIssuers().size());
        assertSame(copy, EcoreUtil.getRootContainer(copy.getIssuers().get(0)));
    }

    @Test
    void referencesAndTraceLinksPointIntoTheCopy() throws Exception {
        Plan source = SamplePlan.read();
        Plan copy = NextPeriodCopy.copy(source, next()).plan();

        assertFalse(copy.getTraceLinks().isEmpty());
        for (TraceLink link : copy.getTraceLinks()) {
            assertSame(copy, EcoreUtil.getRootContainer(link.getSource()), link.getId());
            assertSame(copy, EcoreUtil.getRootContainer(link.getTarget()), link.getId());
            assertFalse(link.isSuspect());
        }
        for (KeyTask task : tasks(copy)) {
            task.getLeadUnits().forEach(unit -> assertSame(copy, EcoreUtil.getRootContainer(unit)));
        }
        assertEquals(EcoreUtil.ExternalCrossReferencer.find(copy), Map.of(), "nothing refers outside the copy");
        // The copy is a plan file the store accepts: it serialises without dangling references.
        assertNotNull(org.planstudio.model.io.PlanResources.toBytes(copy));
    }

    @Test
    void registriesAndTheDraftingRecordStayWithTheOldPeriod() throws Exception {
        Plan source = SamplePlan.read();
        Platform platform = PlanFactory.eINSTANCE.createPlatform();
        platform.setId("platform-x");
        platform.setName(Texts.of("联合实验室"));
        source.getPlatforms().add(platform);
        TraceLink implementsTask = PlanFactory.eINSTANCE.createTraceLink();
        implementsTask.setId("link-x");
        implementsTask.setKind(TraceKind.values()[0]);
        implementsTask.setSource(platform);
        implementsTask.setTarget(tasks(source).get(0));
        source.getTraceLinks().add(implementsTask);
        long commentLinks = source.getTraceLinks().stream()
                .filter(l -> l.getSource() instanceof Comment || l.getTarget() instanceof Comment).count();

        NextPeriodCopy.Result result = NextPeriodCopy.copy(source, next());

        assertEquals(1, result.registryItemsLeftOut());
        assertEquals(source.getConsultations().size(), result.consultationsLeftOut());
        assertEquals(commentLinks + 1, result.linksLeftOut());
        assertEquals(source.getTraceLinks().size() - commentLinks - 1, result.plan().getTraceLinks().size());
        assertTrue(result.plan().getPlatforms().isEmpty() && result.plan().getConsultations().isEmpty());
    }

    @Test
    void yearsAndDeadlinesMoveToTheNewPeriodAndWorkStartsAgain() throws Exception {
        Plan source = SamplePlan.read();
        KeyTask first = tasks(source).get(0);
        first.setDeadline(PlanDates.toDate(LocalDate.of(2027, 12, 31)));
        first.setStatus(TaskStatus.COMPLETED);
        KeyTask second = tasks(source).get(1);
        second.setDeadline(PlanDates.toDate(LocalDate.of(2024, 2, 29)));

        Plan copy = NextPeriodCopy.copy(source, next()).plan();

        assertEquals(2031, copy.getGoals().get(0).getTargetYear());
        copy.getGoals().stream().flatMap(g -> g.getIndicators().stream())
                .forEach(indicator -> assertEquals(2031, indicator.getTargetYear()));
        assertEquals(Optional.of(LocalDate.of(2031, 12, 31)), PlanDates.toLocalDate(tasks(copy).get(0).getDeadline()));
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), PlanDates.toLocalDate(tasks(copy).get(1).getDeadline()));
        assertEquals(TaskStatus.NOT_STARTED, tasks(copy).get(0).getStatus());
        assertEquals(null, copy.getDocumentNumber());
    }

    @Test
    void withoutIssuerNamesTheCopyKeepsTheSourcesIssuers() throws Exception {
        Plan source = SamplePlan.read();
        PlanSettings noIssuers = new PlanSettings("bj-bri-2028", "新规划", "", 2028, 2031, PlanStatus.DRAFT_FOR_COMMENT,
                List.of());
        Plan copy = NextPeriodCopy.copy(source, noIssuers).plan();
        assertEquals(source.getIssuers().stream().map(o -> Texts.zh(o.getName())).toList(),
                copy.getIssuers().stream().map(o -> Texts.zh(o.getName())).toList());
        copy.getIssuers().forEach(issuer -> assertSame(copy, EcoreUtil.getRootContainer(issuer)));
    }
}
