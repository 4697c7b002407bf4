package org.planstudio.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;

class ChangeImpactTest {

    private Plan baseline;
    private Plan current;

    /** Two tasks, an indicator, a principle, a safeguard and an item, linked every way; links 1-4 touch task 1. */
    static Plan plan() {
        TestModel m = new TestModel(2024, 2027);
        Organization lead = m.organization("stc");
        Principle principle = m.principle("co-build");
        Indicator indicator = m.indicator("platforms", "建设科技创新平台", "Platforms built", 100,
                Accumulation.CUMULATIVE, RegistryKind.PLATFORM, List.of(), List.of(ItemStatus.ACTIVE, ItemStatus.COMPLETED),
                true);
        TaskArea area = m.area("area", 1);
        KeyTask t1 = m.task(area, "t1", 1, null, "建设联合实验室", "Build joint laboratories", lead);
        KeyTask t2 = m.task(area, "t2", 2, null, "开展联合研发", "Joint R&D", lead);
        Safeguard safeguard = m.safeguard("funding", 1);
        RegistryItem lab = m.platform("lab", "joint-lab", ItemStatus.ACTIVE, "2024-03-01", null);
        m.link(TraceKind.CONTRIBUTES_TO, t1, indicator);
        m.link(TraceKind.GUIDED_BY, t1, principle);
        m.link(TraceKind.SUPPORTS, safeguard, t1);
        m.link(TraceKind.IMPLEMENTS, lab, t1);
        m.link(TraceKind.CONTRIBUTES_TO, t2, indicator);
        m.link(TraceKind.GUIDED_BY, t2, principle);
        m.link(TraceKind.SUPPORTS, safeguard, t2);
        return m.plan;
    }

    @BeforeEach
    void setUp() {
        baseline = plan();
        current = PlanResources.copy(baseline);
    }

    private KeyTask task(String id) {
        return (KeyTask) PlanQueries.find(current, id).orElseThrow();
    }

    private Indicator indicator() {
        return current.getGoals().get(0).getIndicators().get(0);
    }

    private List<String> suspectIds() {
        return current.getTraceLinks().stream().filter(TraceLink::isSuspect).map(TraceLink::getId).toList();
    }

    @Test
    void changingATaskTitleMarksExactlyTheLinksTouchingIt() {
        task("t1").getTitle().setZh("建设国际联合实验室");
        List<TraceLink> links = ChangeImpact.markSuspect(baseline, current);
        assertEquals(List.of("link.1", "link.2", "link.3", "link.4"), links.stream().map(TraceLink::getId).toList());
        assertTrue(links.stream().allMatch(current.getTraceLinks()::contains),
                "links of the current plan");
        assertEquals(List.of(task("t1")), ChangeImpact.changedElements(baseline, current));
    }

    @Test
    void applyMarksReviewClearsAndBothUndo() {
        task("t1").setText(Texts.of("新增任务内容"));
        BasicCommandStack stack = new BasicCommandStack();
        Command apply = ChangeImpact.apply(ChangeImpact.markSuspect(baseline, current));
        assertTrue(apply.canExecute());
        stack.execute(apply);
        assertEquals(List.of("link.1", "link.2", "link.3", "link.4"), suspectIds());
        assertEquals(4, GapAnalysis.analyse(current, LocalDate.of(2024, 6, 1)).stream()
                .filter(g -> g.kind() == GapKind.SUSPECT_LINK).count());
        assertEquals(List.of(), ChangeImpact.markSuspect(baseline, current), "already suspect: nothing more to mark");

        TraceLink first = current.getTraceLinks().get(0);
        stack.execute(ChangeImpact.review(first));
        assertEquals(List.of("link.2", "link.3", "link.4"), suspectIds());
        stack.undo();
        assertEquals(List.of("link.1", "link.2", "link.3", "link.4"), suspectIds());
        stack.undo();
        assertEquals(List.of(), suspectIds());
        stack.redo();
        assertEquals(List.of("link.1", "link.2", "link.3", "link.4"), suspectIds());
    }

    @Test
    void undoRestoresALinkThatWasAlreadySuspect() {
        current.getTraceLinks().get(0).setSuspect(true);
        Command apply = ChangeImpact.apply(current.getTraceLinks().subList(0, 2));
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(apply);
        stack.undo();
        assertEquals(List.of("link.1"), suspectIds());
        assertFalse(ChangeImpact.apply(List.of()).canExecute(), "nothing to mark");
    }

    @Test
    void changingAnIndicatorTargetYearOrRuleMarksItsLinks() {
        indicator().setTarget(new BigDecimal("120"));
        assertEquals(List.of("link.1", "link.5"), ids(ChangeImpact.markSuspect(baseline, current)));
        indicator().setTarget(new BigDecimal("100.0"));
        assertEquals(List.of(), ChangeImpact.markSuspect(baseline, current), "100.0 is 100");
        indicator().setTargetYear(2026);
        assertEquals(List.of("link.1", "link.5"), ids(ChangeImpact.markSuspect(baseline, current)));
        indicator().setTargetYear(2027);
        indicator().getCountingRule().getStatuses().move(0, 1);
        assertEquals(List.of(), ChangeImpact.markSuspect(baseline, current), "the order of statuses selects nothing");
        indicator().getCountingRule().getStatuses().remove(ItemStatus.COMPLETED);
        assertEquals(List.of("link.1", "link.5"), ids(ChangeImpact.markSuspect(baseline, current)));
    }

    @Test
    void translationsNewElementsAndOtherFieldsMarkNothing() {
        Texts.setTranslation(task("t1").getTitle(), Texts.ENGLISH, "Build international joint laboratories");
        task("t2").setDomainId("ict");
        indicator().getName().setZh("建设平台");
        KeyTask added = TestModel.F.createKeyTask();
        added.setId("t3");
        added.setTitle(Texts.of("新任务"));
        current.getTaskAreas().get(0).getTasks().add(added);
        assertEquals(List.of(), ChangeImpact.changedElements(baseline, current));
        assertEquals(List.of(), ChangeImpact.markSuspect(baseline, current));
    }

    private static List<String> ids(List<TraceLink> links) {
        return links.stream().map(TraceLink::getId).toList();
    }
}
