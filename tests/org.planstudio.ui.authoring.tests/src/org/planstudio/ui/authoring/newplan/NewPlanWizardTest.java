package org.planstudio.ui.authoring.newplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.planstudio.ui.testsupport.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.authoring.plans.BlankPlan;
import org.planstudio.authoring.plans.PlanSettings;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanStatus;
import org.planstudio.model.text.Texts;
import org.planstudio.store.AuditAction;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoredPlan;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.handlers.OpenPlanDialog;
import org.planstudio.ui.handlers.OpenPlanHandler;
import org.planstudio.ui.internal.StoreAccess;

/** File → New Plan… and Delete / Restore in File → Open Plan…, driven through their dialogs. */
@UiTest
class NewPlanWizardTest {

    @TempDir
    static Path temp;

    private static IWorkbenchWindow window;
    private static IWorkbenchPage page;

    @BeforeAll
    static void ownDatabase() throws Exception {
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        page = window.getActivePage();
        page.closeAllEditors(false);
        StoreAccess.close();
        System.setProperty(StoreConfig.DATABASE_PROPERTY, temp.resolve("db").toString());
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        Widgets.processEvents();
    }

    private static WizardDialog openWizard() {
        WizardDialog dialog = NewPlanHandler.createDialog(window).orElseThrow();
        dialog.setBlockOnOpen(false);
        dialog.open();
        Widgets.processEvents();
        return dialog;
    }

    private static NewPlanWizard wizard(WizardDialog dialog) {
        return (NewPlanWizard) dialog.getCurrentPage().getWizard();
    }

    private static Button finish(WizardDialog dialog) {
        return Widgets.button(dialog.getShell(), IDialogConstants.FINISH_LABEL).orElseThrow();
    }

    @Test
    void aBlankPlanMadeInTheWizardIsSavedAsRevisionOneAndReadBackAfterARestart() throws Exception {
        WizardDialog dialog = openWizard();
        IdentityPage identity = wizard(dialog).identity();
        identity.startYearSpinner().setSelection(2028);
        identity.endYearSpinner().setSelection(2031);
        identity.titleZhText().setText("北京市数字经济创新发展行动计划（2028-2031年）");
        identity.titleEnText().setText("Beijing Digital Economy Action Plan (2028-2031)");
        identity.issuersText().setText("北京市经济和信息化局 | Beijing Municipal Bureau of Economy and Information Technology\n"
                + "北京市科学技术委员会\n");

        identity.idText().setText("数字 经济");
        Widgets.processEvents();
        assertNotNull(identity.getErrorMessage(), "a malformed id is reported");
        assertFalse(finish(dialog).isEnabled());

        identity.idText().setText("bj-digital-2028");
        Widgets.processEvents();
        assertNull(identity.getErrorMessage());
        Widgets.press(finish(dialog));
        assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Finish closes the wizard");

        PlanEditor editor = (PlanEditor) page.getActiveEditor();
        assertEquals("bj-digital-2028", editor.getPlan().getId());
        assertEquals(0, editor.getBaseRevision());
        assertTrue(editor.isDirty(), "a new plan is unsaved until its first save");
        assertTrue(StoreAccess.store().planInfo("bj-digital-2028").isEmpty(), "nothing is stored before the save");

        editor.doSave(new NullProgressMonitor());
        Widgets.processEvents();
        assertFalse(editor.isDirty());
        assertEquals(1, editor.getBaseRevision());

        StoreAccess.close();
        StoredPlan stored = StoreAccess.store().loadLatest("bj-digital-2028").orElseThrow();
        assertEquals(1, stored.revision().revision());
        Plan plan = stored.plan();
        assertEquals(Optional.of("北京市数字经济创新发展行动计划（2028-2031年）"), Texts.zh(plan.getTitle()));
        assertEquals(Optional.of("Beijing Digital Economy Action Plan (2028-2031)"), Texts.en(plan.getTitle()));
        assertEquals(2028, plan.getStartYear());
        assertEquals(2031, plan.getEndYear());
        assertEquals(PlanStatus.DRAFT_FOR_COMMENT, plan.getStatus());
        assertEquals(List.of(Optional.of("北京市经济和信息化局"), Optional.of("北京市科学技术委员会")),
                plan.getIssuers().stream().map(o -> Texts.zh(o.getName())).toList());
        assertEquals(Optional.of("Beijing Municipal Bureau of Economy and Information Technology"),
                Texts.en(plan.getIssuers().get(0).getName()));
        assertEquals(1, plan.getGoals().size());
        assertEquals(1, plan.getTaskAreas().size());
        assertEquals(1, plan.getSafeguards().size());
        assertEquals(Optional.of(""), Texts.zh(plan.getGuidingIdeology()));
    }

    @Test
    void aPlanIsDeletedWithItsEditorClosedAndRestoredFromTheOpenPlanDialog() throws Exception {
        PlanStore store = StoreAccess.store();
        Plan plan = BlankPlan.create(new PlanSettings("plan-to-delete", "待删除的规划", "Plan to delete", 2025, 2027,
                PlanStatus.DRAFT_FOR_COMMENT, List.of()));
        store.save(plan, 0, "张三", "");
        store.save(plan, 1, "张三", "");
        PlanInfo info = store.planInfo("plan-to-delete").orElseThrow();
        PlanOpener.open(page, info);
        Widgets.processEvents();

        OpenPlanDialog dialog = OpenPlanHandler.createDialog(window);
        List<String> questions = new ArrayList<>();
        dialog.setConfirmation(question -> questions.add(question));
        dialog.setInitialSelections(info);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Widgets.processEvents();
        Widgets.press(Widgets.button(dialog.getShell(), org.planstudio.ui.internal.Messages.Open_delete).orElseThrow());

        assertEquals(1, questions.size());
        assertTrue(questions.get(0).contains("待删除的规划") && questions.get(0).contains("plan-to-delete")
                && questions.get(0).contains("2"), questions.get(0));
        assertTrue(PlanOpener.findEditor(page, "plan-to-delete").isEmpty(), "the plan's editor was closed first");
        assertTrue(store.planInfo("plan-to-delete").isEmpty());
        assertEquals(List.of("plan-to-delete"), store.listDeletedPlans().stream().map(d -> d.plan().id()).toList());
        assertEquals(2, store.revisions("plan-to-delete").size(), "the revisions are kept");

        // While it is deleted, New Plan explains why its id is taken.
        WizardDialog wizardDialog = openWizard();
        IdentityPage identity = wizard(wizardDialog).identity();
        identity.titleZhText().setText("新规划");
        identity.idText().setText("plan-to-delete");
        Widgets.processEvents();
        assertTrue(identity.getErrorMessage() != null && identity.getErrorMessage().contains("plan-to-delete"),
                String.valueOf(identity.getErrorMessage()));
        assertFalse(finish(wizardDialog).isEnabled());
        wizardDialog.close();

        dialog.showDeleted(true);
        Widgets.select(Widgets.table(dialog.getShell()).orElseThrow(), 0);
        Widgets.press(Widgets.button(dialog.getShell(), org.planstudio.ui.internal.Messages.Open_restore).orElseThrow());
        dialog.close();

        assertEquals(2, store.planInfo("plan-to-delete").orElseThrow().latestRevision());
        assertEquals(List.of(), store.listDeletedPlans());
        assertEquals(List.of(AuditAction.PLAN_RESTORED, AuditAction.PLAN_DELETED),
                store.auditLog("plan-to-delete", 2).stream().map(e -> e.action()).toList());
    }

    @Test
    void aCopyForTheNextPeriodOpensWithNewIdsAndNamesItsSource() throws Exception {
        Plan source = BlankPlan.create(new PlanSettings("plan-2021", "旧规划（2021-2025年）", "", 2021, 2025,
                PlanStatus.FINAL, List.of(new PlanSettings.IssuerName("北京市科学技术委员会", ""))));
        StoreAccess.store().save(source, 0, "张三", "");

        WizardDialog dialog = openWizard();
        NewPlanWizard wizard = wizard(dialog);
        wizard.identity().startYearSpinner().setSelection(2026);
        wizard.identity().endYearSpinner().setSelection(2030);
        wizard.identity().titleZhText().setText("新规划（2026-2030年）");
        wizard.identity().idText().setText("plan-2026");
        wizard.start().chooseCopyOf("plan-2021");
        Widgets.press(finish(dialog));

        PlanEditor editor = (PlanEditor) page.getActiveEditor();
        Plan copy = editor.getPlan();
        assertEquals("plan-2026", copy.getId());
        assertEquals("plan-2021", copy.getDerivedFromPlanId());
        assertEquals(2030, copy.getGoals().get(0).getTargetYear());
        assertFalse(copy.getTaskAreas().get(0).getId().equals(source.getTaskAreas().get(0).getId()));
        assertEquals(1, copy.getOrganizations().size(), "the source plan's organisations come along");
        assertTrue(editor.isDirty());
    }
}
