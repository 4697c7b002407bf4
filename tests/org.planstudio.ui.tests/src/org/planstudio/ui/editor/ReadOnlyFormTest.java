package org.planstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.PlanPermissions;
import org.planstudio.ui.editor.permissions.EditorPermissions;
import org.planstudio.ui.editor.permissions.ReadOnlyForm;
import org.planstudio.ui.testing.Workbench;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The editor form of an element the user may not change is read-only with the reason. The
 * workbench under test runs on embedded Derby, where everyone may change everything; the
 * division editor's permissions (what PlanStore.permissions returns for one on PostgreSQL, see
 * DivisionEditorTest in the team tests) are set on the open plan as the permission job would.
 */
@UiTest
class ReadOnlyFormTest {

    private IWorkbenchPage page;

    @BeforeEach
    void openSamplePlan() throws Exception {
        page = Workbench.openSamplePlan();
        Job.getJobManager().join(EditorPermissions.class, null);
        Workbench.processEvents();
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        Workbench.processEvents();
    }

    @Test
    void embeddedDatabaseEditsEverything() {
        PlanEditor editor = Workbench.editor(page);
        assertEquals(PlanPermissions.Scope.EVERYTHING, EditorPermissions.of(editor.getPlan()).scope());
        editor.show(task(editor.getPlan(), 1));
        Workbench.processEvents();
        assertTrue(title(editor).isEnabled());
        assertEquals(Optional.empty(), reason(editor));
    }

    @Test
    void anotherDivisionsTaskIsReadOnlyWithTheReason() {
        PlanEditor editor = Workbench.editor(page);
        Plan plan = editor.getPlan();
        // The sample plan's tasks are all led by the commission and 中关村 together: as stored for this
        // test, task 2 is led by 中关村 alone, and the user is the commission's division editor.
        Plan stored = EcoreUtil.copy(plan);
        KeyTask storedOther = task(stored, 2);
        Organization zgc = storedOther.getLeadUnits().stream().filter(o -> o.getId().equals("org.zgc")).findFirst()
                .orElseThrow();
        storedOther.getLeadUnits().retainAll(List.of(zgc));
        storedOther.getSupportingUnits().clear();
        KeyTask own = task(plan, 1);
        KeyTask other = task(plan, 2);
        EditorPermissions.set(plan, PlanPermissions.division(stored, "org.bjstc"));
        Workbench.processEvents();

        editor.show(other);
        Workbench.processEvents();
        assertFalse(title(editor).isEnabled(), "another division's task cannot be typed into");
        String line = reason(editor).orElseThrow();
        assertTrue(line.contains(" 2 ") && line.contains(zgc.getName().getZh())
                && !line.contains(task(plan, 1).getLeadUnits().get(0).getName().getZh() + "\u3001"),
                "names the task and its lead unit as stored: " + line);
        Workbench.saveWindowImage(page, "readonly-form.png");

        editor.show(own);
        Workbench.processEvents();
        assertTrue(title(editor).isEnabled(), "the division's own task stays editable");
        assertEquals(Optional.empty(), reason(editor));

        editor.show(plan.getTaskAreas().get(0));
        Workbench.processEvents();
        assertTrue(reason(editor).isPresent(), "a task area is the drafting office's");
    }

    private static KeyTask task(Plan plan, int number) {
        return plan.getTaskAreas().stream().flatMap(a -> a.getTasks().stream()).filter(t -> t.getNumber() == number)
                .findFirst().orElseThrow();
    }

    private static Text title(PlanEditor editor) {
        return (Text) editor.getDetails().control("title.zh").orElseThrow();
    }

    /** The reason line, looked for among the children of every container of the title field up to the form. */
    private static Optional<String> reason(PlanEditor editor) {
        for (Composite parent = title(editor).getParent(); parent != null; parent = parent.getParent()) {
            Optional<String> line = Arrays.stream(parent.getChildren()).filter(c -> c.getData(ReadOnlyForm.REASON) != null)
                    .map(c -> ((Label) c).getText()).findFirst();
            if (line.isPresent()) {
                return line;
            }
        }
        return Optional.empty();
    }
}
