package org.planstudio.ui.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.domain.Attributes;
import org.planstudio.domain.DomainRegistry;
import org.planstudio.domain.RegisteredDomain;
import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.app.StartupPlanOpener;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.navigator.PlanNavigatorView;
import org.planstudio.ui.testsupport.TestDatabase;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The workbench with the health and agriculture plug-ins and a broken test plug-in installed:
 * the plan still opens, the failure is reported, domain fields edit through the command stack,
 * templates and the catalogue apply as one undo step, and tasks of a missing domain keep their values.
 */
@UiTest
class WorkbenchDomainsTest {

    private IWorkbenchPage page;

    @BeforeAll
    static void installPlugins() throws Exception {
        TestDatabase.folder();  // the build's throw-away database, never the user's
        // The product's configurator starts lazily-activated bundles (declarative services need
        // that); the test runtime does not, so do what it does.
        for (Bundle bundle : FrameworkUtil.getBundle(WorkbenchDomainsTest.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().startsWith("org.planstudio.domain.") && bundle.getHeaders().get("Fragment-Host") == null) {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        long deadline = System.currentTimeMillis() + 20_000;
        while ((DomainRegistry.shared().find("agriculture").isEmpty() || DomainRegistry.shared().find("health").isEmpty()
                || DomainRegistry.shared().failures().isEmpty()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    @BeforeEach
    void openSamplePlan() throws WorkbenchException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        page.closeAllEditors(false);
        PlatformUI.getWorkbench().showPerspective(PlanStudioPerspective.ID, window);
        new StartupPlanOpener(window).openLastPlan();
        processEvents();
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        processEvents();
    }

    private PlanEditor editor() {
        return (PlanEditor) page.getActiveEditor();
    }

    private KeyTask task(int number) {
        return PlanQueries.tasks(editor().getPlan()).stream().filter(t -> t.getNumber() == number).findFirst().orElseThrow();
    }

    private DomainSection show(KeyTask task) {
        ((PlanNavigatorView) page.findView(PlanNavigatorView.ID)).reveal(task);
        processEvents();
        return DomainSection.find(page.getWorkbenchWindow().getShell()).orElseThrow();
    }

    @Test
    void aPluginThatThrowsDoesNotStopThePlanFromOpeningAndIsReported() throws Exception {
        assertTrue(page.getActiveEditor() instanceof PlanEditor, "the sample plan is open");
        assertEquals("bj-bri-2024", editor().getPlan().getId());
        assertTrue(DomainRegistry.shared().failures().stream()
                .anyMatch(f -> f.source().bundle().equals("org.planstudio.domain.broken")), DomainRegistry.shared().failures().toString());
        assertTrue(DomainRegistry.shared().find("health").isPresent());

        DomainsView view = (DomainsView) page.showView(DomainsView.ID);
        processEvents();
        String shown = String.join("\n", view.lines());
        assertTrue(shown.contains("org.planstudio.domain.broken"), shown);
        assertTrue(shown.contains("[health]"), shown);
        assertTrue(shown.contains("[agriculture]"), shown);
    }

    @Test
    void aRuleThatHangsIsCutOffAndTheOtherChecksStillShow() throws Exception {
        KeyTask other = task(8);
        other.setDomainId("hanging");
        KeyTask agriculture = task(7);
        DomainsView view = (DomainsView) page.showView(DomainsView.ID);
        view.refresh(); // returns although the rule never does (@UiTest fails a test that hangs)
        String shown = String.join("\n", view.lines());
        assertTrue(shown.contains("hanging.forever"), shown);
        assertTrue(shown.contains(org.planstudio.ui.internal.ModelLabels.element(agriculture)), "agriculture's checks: " + shown);
    }

    @Test
    void domainFieldsEditThroughTheCommandStack() {
        KeyTask health = task(4);
        DomainSection section = show(health);
        assertTrue(section.isInstalled());
        assertTrue(section.isEditable("cooperationForm"));

        section.enter("cooperationForm", "TCM_CENTRE");
        section.enter("registrationsPlanned", "2");
        processEvents();
        assertEquals(Optional.of("TCM_CENTRE"), Attributes.value(health, "cooperationForm"));
        assertEquals(Optional.of("2"), Attributes.value(health, "registrationsPlanned"));
        assertTrue(editor().isDirty());

        CommandStack stack = editor().getEditingDomain().getCommandStack();
        stack.undo();
        stack.undo();
        processEvents();
        assertTrue(health.getAttributes().isEmpty(), "undo removes the values again");
        assertEquals("", section.shownValues().get("cooperationForm"), "the field follows the undo");
        assertFalse(editor().isDirty());
    }

    @Test
    void aTemplateAppliesAsOneUndoStep() {
        KeyTask agriculture = task(7);
        RegisteredDomain domain = DomainRegistry.shared().find("agriculture").orElseThrow();
        TemplateCommands.Applied applied = TemplateCommands.build(editor().getEditingDomain(), editor().getPlan(),
                agriculture, domain.templates().get(0));
        editor().getEditingDomain().getCommandStack().execute(applied.command());
        assertEquals(Optional.of("DEMONSTRATION_BASE"), Attributes.value(agriculture, "cooperationType"));
        assertTrue(Texts.zh(agriculture.getText()).orElse("").startsWith("1．"), Texts.zh(agriculture.getText()).orElse(""));
        assertTrue(Texts.en(agriculture.getText()).orElse("").startsWith("1. "));

        editor().getEditingDomain().getCommandStack().undo();
        assertTrue(agriculture.getAttributes().isEmpty());
        assertFalse(editor().isDirty());
    }

    @Test
    void aCatalogueIndicatorIsAddedWithItsCountingRuleAndLink() {
        KeyTask health = task(4);
        RegisteredDomain domain = DomainRegistry.shared().find("health").orElseThrow();
        var goal = editor().getPlan().getGoals().get(0);
        int before = goal.getIndicators().size();
        editor().getEditingDomain().getCommandStack().execute(IndicatorCommands.build(editor().getEditingDomain(),
                editor().getPlan(), goal, health, domain.catalogue().get(0)));
        Indicator added = goal.getIndicators().get(before);
        assertEquals("clinicalCentres", added.getCode());
        assertEquals(domain.catalogue().get(0).itemTypes(), added.getCountingRule().getItemTypes());
        assertTrue(PlanQueries.linksFrom(editor().getPlan(), health, TraceKind.CONTRIBUTES_TO).stream()
                .anyMatch(link -> link.getTarget() == added));
        editor().getEditingDomain().getCommandStack().undo();
        assertEquals(before, goal.getIndicators().size());
    }

    @Test
    void aTaskOfAMissingDomainShowsItsStoredValuesReadOnly() {
        KeyTask task = task(9);
        task.setDomainId("space-cooperation");
        AttributeValue value = PlanFactory.eINSTANCE.createAttributeValue();
        value.setKey("launchSite");
        value.setValue("文昌");
        task.getAttributes().add(value);

        DomainSection section = show(task);
        assertFalse(section.isInstalled());
        assertEquals(Map.of("launchSite", "文昌"), section.shownValues());
        assertFalse(section.isEditable("launchSite"));
        Set<String> keys = task.getAttributes().stream().map(AttributeValue::getKey).collect(Collectors.toSet());
        assertEquals(Set.of("launchSite"), keys);
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }
}
