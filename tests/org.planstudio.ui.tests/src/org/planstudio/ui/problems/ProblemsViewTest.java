package org.planstudio.ui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.trace.GapKind;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.testing.Workbench;
import org.planstudio.ui.testsupport.UiTest;

@UiTest
class ProblemsViewTest {

    private IWorkbenchPage page;
    private ProblemsView view;

    @BeforeEach
    void open() throws Exception {
        page = Workbench.openSamplePlan();
        view = (ProblemsView) page.showView(ProblemsView.ID);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        Workbench.processEvents();
    }

    @Test
    void taskAreaChecksAppearWithTheOtherProblems() {
        PlanEditor editor = Workbench.editor(page);
        KeyTask health = PlanQueries.tasks(editor.getPlan()).get(3);
        assertTrue(view.problems().stream().anyMatch(p -> p.gapKind().isEmpty() && p.element() == health
                && p.kind().contains("health")), "the health task's check (its plug-in is not installed in this runtime)");
        assertTrue(view.problems().stream().anyMatch(p -> p.gapKind().isPresent()), "and the gap analysis beside it");
    }

    @Test
    void aTaskLosingItsLeadUnitsShowsUpAndUndoClearsIt() {
        PlanEditor editor = Workbench.editor(page);
        KeyTask task = PlanQueries.tasks(editor.getPlan()).get(7);
        assertTrue(view.problems().stream().noneMatch(p -> p.gapKind().equals(java.util.Optional.of(GapKind.TASK_WITHOUT_LEAD))),
                "every sample task has a lead unit");

        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), task,
                PlanPackage.Literals.KEY_TASK__LEAD_UNITS, java.util.List.of()));
        Workbench.processEvents();
        assertEquals(1, view.problems().stream()
                .filter(p -> p.gapKind().equals(java.util.Optional.of(GapKind.TASK_WITHOUT_LEAD)) && p.element() == task).count());

        editor.getEditingDomain().getCommandStack().undo();
        Workbench.processEvents();
        assertTrue(view.problems().stream().noneMatch(p -> p.gapKind().equals(java.util.Optional.of(GapKind.TASK_WITHOUT_LEAD))));
    }
}
