package org.planstudio.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.testing.Workbench;
import org.planstudio.ui.testsupport.UiTest;

@UiTest
class MatrixViewTest {

    private IWorkbenchPage page;
    private MatrixView matrix;

    @BeforeEach
    void open() throws Exception {
        page = Workbench.openSamplePlan();
        matrix = (MatrixView) page.showView(MatrixView.ID);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        Workbench.processEvents();
    }

    @Test
    void showsTheSamplePlanTasksAgainstIndicatorsPrinciplesAndSafeguards() {
        PlanEditor editor = Workbench.editor(page);
        int indicators = editor.getPlan().getGoals().stream().mapToInt(g -> g.getIndicators().size()).sum();
        assertEquals(12, matrix.natTableRowCount());
        assertEquals(indicators + editor.getPlan().getPrinciples().size() + editor.getPlan().getSafeguards().size(),
                matrix.natTableColumnCount());
        KeyTask task3 = PlanQueries.tasks(editor.getPlan()).get(2);
        long served = PlanQueries.linksFrom(editor.getPlan(), task3, TraceKind.CONTRIBUTES_TO).size();
        long marked = java.util.stream.IntStream.range(0, indicators).filter(c -> matrix.link(2, c).isPresent()).count();
        assertEquals(served, marked, "the matrix shows task 3's indicator links");
    }

    @Test
    void togglingACellAddsAndRemovesTheLinkAndUndoReverses() {
        PlanEditor editor = Workbench.editor(page);
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        int column = firstEmptyIndicatorColumn(0);
        Indicator indicator = (Indicator) matrix.column(column);
        KeyTask task1 = PlanQueries.tasks(editor.getPlan()).get(0);
        int before = editor.getPlan().getTraceLinks().size();

        assertTrue(matrix.toggle(0, column));
        Workbench.processEvents();
        assertTrue(matrix.link(0, column).isPresent());
        assertEquals(before + 1, editor.getPlan().getTraceLinks().size());
        assertTrue(PlanQueries.linksFrom(editor.getPlan(), task1, TraceKind.CONTRIBUTES_TO).stream()
                .anyMatch(l -> l.getTarget() == indicator));

        stack.undo();
        Workbench.processEvents();
        assertFalse(matrix.link(0, column).isPresent());
        assertEquals(before, editor.getPlan().getTraceLinks().size());

        stack.redo();
        Workbench.processEvents();
        assertTrue(matrix.toggle(0, column), "toggling a linked cell removes the link");
        Workbench.processEvents();
        assertFalse(matrix.link(0, column).isPresent());
        assertEquals(before, editor.getPlan().getTraceLinks().size());
    }

    private int firstEmptyIndicatorColumn(int row) {
        for (int c = 0; c < matrix.natTableColumnCount(); c++) {
            if (matrix.column(c) instanceof Indicator && matrix.link(row, c).isEmpty()) {
                return c;
            }
        }
        throw new AssertionError("task 1 already serves every indicator");
    }
}
