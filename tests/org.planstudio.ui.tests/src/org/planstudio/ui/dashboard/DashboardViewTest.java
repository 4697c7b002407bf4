package org.planstudio.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.text.PlanClock;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.trace.IndicatorProgress;
import org.planstudio.model.text.TranslationState;
import org.planstudio.translation.PlanText;
import org.planstudio.translation.PlanTexts;
import org.planstudio.translation.TranslationFigure;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.testing.Workbench;
import org.planstudio.ui.testsupport.UiTest;

@UiTest
class DashboardViewTest {

    private IWorkbenchPage page;
    private DashboardView view;

    @BeforeEach
    void open() throws Exception {
        page = Workbench.openSamplePlan();
        view = (DashboardView) page.showView(DashboardView.ID);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        Workbench.processEvents();
    }

    @Test
    void showsHowManyTextsAreTranslatedAndFollowsTheChinese() {
        PlanEditor editor = Workbench.editor(page);
        // Earlier tests of this run may have saved edits to the sample: count what the plan holds now.
        TranslationFigure before = PlanTexts.figure(editor.getPlan());
        assertEquals(NLS.bind(Messages.Dashboard_translated, before.translated(), before.total()), view.translatedFigure());
        PlanText title = PlanTexts.all(editor.getPlan()).stream()
                .filter(t -> t.elementKind().equals("KeyTask") && t.state() == TranslationState.CURRENT).findFirst()
                .orElseThrow();
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), title.text(),
                PlanPackage.Literals.LOCALIZED_TEXT__ZH, title.zh() + "（修订）"));
        Workbench.processEvents();
        assertEquals(NLS.bind(Messages.Dashboard_translated, before.translated() - 1, before.total()),
                view.translatedFigure(), "its English is outdated now");
        editor.getEditingDomain().getCommandStack().undo();
        Workbench.processEvents();
        assertEquals(NLS.bind(Messages.Dashboard_translated, before.translated(), before.total()), view.translatedFigure());
    }

    @Test
    void showsEachIndicatorAgainstItsTargetAndFollowsTheRegistries() {
        assertEquals(3, view.figures().size());
        assertTrue(view.figures().stream().allMatch(p -> p.target().orElseThrow().compareTo(BigDecimal.valueOf(100)) == 0));
        assertTrue(view.hasChart(), "the overview chart is drawn");
        long before = platforms().achieved();

        PlanEditor editor = Workbench.editor(page);
        Platform platform = PlanFactory.eINSTANCE.createPlatform();
        platform.setId(Ids.newId());
        platform.setName(Texts.of("中哈联合实验室"));
        platform.setStatus(ItemStatus.ACTIVE);
        platform.setStartDate(PlanDates.toDate(LocalDate.of(2025, 3, 1)));
        editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(), editor.getPlan(),
                PlanPackage.Literals.PLAN__PLATFORMS, platform));
        Workbench.processEvents();

        assertEquals(before + 1, platforms().achieved(), "progress is counted from the registry, not typed in");
        assertTrue(platforms().items().contains(platform), "the figure opens to the item behind it");
    }

    @Test
    void figuresAreAsOfThePlanClocksToday() {
        assertTrue(view.figures().stream().allMatch(p -> p.asOf().equals(Workbench.TODAY)), "the tests' fixed today");
        PlanEditor editor = Workbench.editor(page);
        Platform platform = PlanFactory.eINSTANCE.createPlatform();
        platform.setId(Ids.newId());
        platform.setName(Texts.of("中塞联合实验室"));
        platform.setStatus(ItemStatus.ACTIVE);
        platform.setStartDate(PlanDates.toDate(LocalDate.of(2025, 3, 1)));

        var stack = editor.getEditingDomain().getCommandStack();
        try (PlanClock.Restore dayBefore = PlanClock.use(PlanClock.fixedAt(LocalDate.of(2025, 2, 28)))) {
            stack.execute(AddCommand.create(editor.getEditingDomain(), editor.getPlan(), PlanPackage.Literals.PLAN__PLATFORMS,
                    platform));
            Workbench.processEvents();
            assertEquals(LocalDate.of(2025, 2, 28), platforms().asOf());
            long withIt = platforms().achieved();
            stack.undo();
            Workbench.processEvents();
            assertEquals(platforms().achieved(), withIt, "on 2025-02-28 a platform starting 2025-03-01 does not count yet");
        }
        stack.redo();
        Workbench.processEvents();
        assertEquals(Workbench.TODAY, platforms().asOf());
        long withIt = platforms().achieved();
        stack.undo();
        Workbench.processEvents();
        assertEquals(platforms().achieved() + 1, withIt, "by the tests' today it counts");
    }

    private IndicatorProgress platforms() {
        return view.figures().stream()
                .filter(p -> p.indicator().getCountingRule().getRegistry() == org.planstudio.model.plan.RegistryKind.PLATFORM)
                .findFirst().orElseThrow();
    }
}
