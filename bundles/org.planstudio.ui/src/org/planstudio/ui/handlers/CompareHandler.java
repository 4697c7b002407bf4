package org.planstudio.ui.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.store.StoreException;
import org.planstudio.ui.compare.CompareLauncher;
import org.planstudio.ui.compare.ElementNavigator;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.navigator.NavigatorGroup;

/**
 * File → Compare Revisions… and the navigator's entry: compares two versions of the plan selected in
 * the navigator (or shown in the editor). Double-clicking a change goes to the element in the editor.
 */
public final class CompareHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        Optional<String> planId = selectedPlan(HandlerUtil.getCurrentSelection(event))
                .or(() -> HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor
                        ? Optional.ofNullable(editor.getPlan().getId()) : Optional.empty());
        if (planId.isEmpty()) {
            MessageDialog.openInformation(window.getShell(), Messages.Compare_title, Messages.Compare_noPlan);
            return null;
        }
        try {
            CompareLauncher.open(window, StoreAccess.store(), planId.get(), navigator(window.getActivePage()));
        } catch (StoreException e) {
            MessageDialog.openError(window.getShell(), Messages.Compare_title, e.getLocalizedMessage());
        }
        return null;
    }

    private static Optional<String> selectedPlan(ISelection selection) {
        if (selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof NavigatorGroup group) {
            return Optional.ofNullable(group.plan().getId());
        }
        if (selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof EObject element
                && EcoreUtil.getRootContainer(element) instanceof Plan plan) {
            return Optional.ofNullable(plan.getId());
        }
        return Optional.empty();
    }

    /** The element as the open editor has it: the comparison's copies are not the editor's objects. */
    public static ElementNavigator navigator(IWorkbenchPage page) {
        return (planId, elementId) -> PlanOpener.findEditor(page, planId).flatMap(editor -> {
            Optional<? extends EObject> element = elementId.equals(editor.getPlan().getId())
                    ? Optional.of(editor.getPlan()) : PlanQueries.find(editor.getPlan(), elementId);
            element.ifPresent(editor::reveal);
            return element;
        }).isPresent();
    }
}
