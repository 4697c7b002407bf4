package org.planstudio.ui.authoring.structure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.permissions.EditorPermissions;
import org.planstudio.ui.navigator.PlanNavigatorView;

/**
 * The navigator, the editor whose plan it shows and what is selected there: the place every
 * structure command works on. Commands run on that editor's command stack, so Undo/Redo and the
 * dirty marker cover them.
 */
record Structure(PlanNavigatorView navigator, PlanEditor editor, List<Object> selection) {

    Structure {
        Objects.requireNonNull(navigator, "navigator");
        Objects.requireNonNull(editor, "editor");
        selection = List.copyOf(selection);
    }

    /**
     * New, delete, move, paste: only for a user who may change everything in the plan (a division
     * editor changes its own elements in the form, not the plan's structure).
     */
    boolean mayChangeStructure() {
        return EditorPermissions.of(editor.getPlan()).mayChangeStructure();
    }

    static Optional<Structure> of(IWorkbenchPart part, ISelection selection) {
        if (!(part instanceof PlanNavigatorView navigator) || navigator.editor().isEmpty()) {
            return Optional.empty();
        }
        List<Object> items = selection instanceof IStructuredSelection structured ? new ArrayList<>(structured.toList())
                : List.of();
        return Optional.of(new Structure(navigator, navigator.editor().get(), items));
    }

    /** From a handler's evaluation context (enablement) or the workbench's current state. */
    static Optional<Structure> of(Object evaluationContext) {
        if (evaluationContext instanceof IEvaluationContext context
                && context.getVariable(ISources.ACTIVE_PART_NAME) instanceof IWorkbenchPart part) {
            Object selection = context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME);
            return of(part, selection instanceof ISelection s ? s : null);
        }
        return current();
    }

    static Optional<Structure> current() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return Optional.empty();
        }
        IWorkbenchPart part = window.getActivePage().getActivePart();
        return of(part, part == null ? null : part.getSite().getSelectionProvider() == null ? null
                : part.getSite().getSelectionProvider().getSelection());
    }

    EditingDomain domain() {
        return editor.getEditingDomain();
    }

    /** The selected model elements of the plan, without headings and the plan itself. */
    List<EObject> elements() {
        return selection.stream().filter(EObject.class::isInstance).map(EObject.class::cast)
                .filter(e -> e != editor.getPlan()).toList();
    }

    /** Runs the command on the plan's stack, then selects what it made or moved. */
    void run(Command command, boolean openInEditor) {
        domain().getCommandStack().execute(command);
        Collection<?> affected = command.getAffectedObjects();
        List<?> shown = affected.stream().filter(EObject.class::isInstance).filter(e -> e != editor.getPlan()).toList();
        // The navigator refreshes in an async runnable queued by the change; select after it.
        navigator.getSite().getShell().getDisplay().asyncExec(() -> {
            if (navigator.viewer().getControl().isDisposed()) {
                return;
            }
            navigator.reveal(shown);
            if (openInEditor && shown.size() == 1 && shown.get(0) instanceof EObject element) {
                editor.show(element);
            }
        });
    }
}
