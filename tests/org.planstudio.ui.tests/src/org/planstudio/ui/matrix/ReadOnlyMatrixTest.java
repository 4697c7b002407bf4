package org.planstudio.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.store.PlanPermissions;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.permissions.EditorPermissions;
import org.planstudio.ui.testing.Workbench;
import org.planstudio.ui.testsupport.UiTest;

/** The matrix refuses toggles the editor's permissions do not allow, with the reason (see ReadOnlyFormTest). */
@UiTest
class ReadOnlyMatrixTest {

    private IWorkbenchPage page;
    private MatrixView matrix;

    @BeforeEach
    void open() throws Exception {
        page = Workbench.openSamplePlan();
        Job.getJobManager().join(EditorPermissions.class, null);
        matrix = (MatrixView) page.showView(MatrixView.ID);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        Workbench.processEvents();
    }

    @Test
    void aToggleOnAnotherDivisionsTaskIsRefusedWithTheReason() {
        PlanEditor editor = Workbench.editor(page);
        Plan plan = editor.getPlan();
        assertEquals(Optional.empty(), matrix.readOnlyLine(), "embedded Derby: everybody links");
        Plan stored = EcoreUtil.copy(plan);
        KeyTask storedOther = PlanQueries.tasks(stored).get(1);
        Organization zgc = storedOther.getLeadUnits().stream().filter(o -> o.getId().equals("org.zgc")).findFirst()
                .orElseThrow();
        storedOther.getLeadUnits().retainAll(List.of(zgc));
        storedOther.getSupportingUnits().clear();
        EditorPermissions.set(plan, PlanPermissions.division(stored, "org.bjstc"));
        Workbench.processEvents();
        int links = plan.getTraceLinks().size();

        // Task 2 of the sample serves every indicator: its toggles would remove links.
        int column = 0;
        boolean linked = matrix.link(1, column).isPresent();
        assertFalse(matrix.toggle(1, column), "task 2 is 中关村's");
        Workbench.processEvents();
        assertEquals(links, plan.getTraceLinks().size());
        assertEquals(linked, matrix.link(1, column).isPresent());
        String reason = matrix.statusRefusal().orElseThrow(() -> new AssertionError("the status line says why"));
        assertTrue(reason.contains(" " + storedOther.getNumber() + " ") && reason.contains(zgc.getName().getZh()), "names task 2's lead: " + reason);

        // Links between tasks and indicators are the drafting office's, even on the division's own task.
        assertFalse(matrix.toggle(0, column));
        assertEquals(links, plan.getTraceLinks().size());
        assertTrue(matrix.statusRefusal().isPresent());
        assertTrue(matrix.readOnlyLine().isPresent(), "the view says why its cells do not toggle");
        page.activate(matrix);
        Workbench.saveWindowImage(page, "readonly-matrix.png");

        EditorPermissions.set(plan, PlanPermissions.everything());
        Workbench.processEvents();
        assertTrue(matrix.toggle(1, column), "a plan editor links again");
        Workbench.processEvents();
        assertEquals(!linked, matrix.link(1, column).isPresent());
        assertEquals(Optional.empty(), matrix.statusRefusal());
        assertEquals(Optional.empty(), matrix.readOnlyLine());
    }
}
