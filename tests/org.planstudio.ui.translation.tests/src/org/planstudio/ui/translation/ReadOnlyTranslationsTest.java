package org.planstudio.ui.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.store.PlanPermissions;
import org.planstudio.translation.PlanText;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.app.StartupPlanOpener;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.permissions.EditorPermissions;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The English of another division's task cannot be edited (permissions set on the open plan as
 * in ReadOnlyFormTest: the commission's division editor, task 2 stored as led by 中关村 alone).
 */
@UiTest
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReadOnlyTranslationsTest {

    private IWorkbenchPage page;
    private PlanEditor editor;
    private TranslationsView view;

    @BeforeEach
    void open() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.closeAllEditors(false);
        PlatformUI.getWorkbench().showPerspective(PlanStudioPerspective.ID, window);
        new StartupPlanOpener(window).openLastPlan();
        processEvents();
        Job.getJobManager().join(EditorPermissions.class, null);
        processEvents();
        editor = (PlanEditor) page.getActiveEditor();
        view = (TranslationsView) page.showView(TranslationsView.ID);
        view.setFilter(TranslationsView.Filter.ALL);
        processEvents();
    }

    @AfterEach
    void close() {
        view.setFilter(TranslationsView.Filter.NEEDING);
        page.closeAllEditors(false);
        processEvents();
    }

    @Test
    void theEnglishOfAnotherDivisionsTaskIsNotEditable() {
        Plan plan = editor.getPlan();
        KeyTask own = PlanQueries.tasks(plan).get(0);
        KeyTask other = PlanQueries.tasks(plan).get(1);
        PlanText ownTitle = title(own);
        PlanText otherTitle = title(other);
        assertTrue(view.isEnglishEditable(otherTitle), "embedded Derby: everybody translates everything");
        assertEquals(Optional.empty(), view.readOnlyLine());

        Plan stored = EcoreUtil.copy(plan);
        KeyTask storedOther = PlanQueries.tasks(stored).get(1);
        storedOther.getLeadUnits().removeIf(o -> !o.getId().equals("org.zgc"));
        storedOther.getSupportingUnits().clear();
        EditorPermissions.set(plan, PlanPermissions.division(stored, "org.bjstc"));
        processEvents();

        assertFalse(view.isEnglishEditable(otherTitle), "task 2 is 中关村's");
        Optional<String> before = Texts.en(other.getTitle());
        assertFalse(view.editEnglish(otherTitle, "Changed by another division"));
        processEvents();
        assertEquals(before, Texts.en(other.getTitle()), "nothing changed in the model");
        assertTrue(view.isEnglishEditable(ownTitle), "the division's own task is translated by it");
        assertTrue(view.editEnglish(ownTitle, "Own task, translated"));
        processEvents();
        assertEquals(Optional.of("Own task, translated"), Texts.en(own.getTitle()));
        assertTrue(view.readOnlyLine().isPresent(), "the view says what the division may change");
    }

    private PlanText title(KeyTask task) {
        List<PlanText> rows = view.rows();
        return rows.stream().filter(t -> t.element() == task && t.field().equals("title")).findFirst()
                .orElseThrow(() -> new AssertionError("the task's title is listed under All"));
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain asyncExecs (refreshes, permission listeners) as the event loop would
        }
    }
}
