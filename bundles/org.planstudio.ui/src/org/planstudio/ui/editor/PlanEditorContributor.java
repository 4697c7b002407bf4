package org.planstudio.ui.editor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.planstudio.ui.internal.Messages;

/** Points the workbench's Undo and Redo (Ctrl+Z, Ctrl+Y) at the active plan editor's command stack. */
public final class PlanEditorContributor extends EditorActionBarContributor {

    private final StackAction undo = new StackAction(true);
    private final StackAction redo = new StackAction(false);
    private final Runnable updater = this::update;
    private PlanEditor editor;

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (editor != null) {
            editor.removeStackListener(updater);
        }
        editor = part instanceof PlanEditor planEditor ? planEditor : null;
        if (editor != null) {
            editor.addStackListener(updater);
        }
        update();
    }

    private void update() {
        undo.update();
        redo.update();
        getActionBars().updateActionBars();
    }

    @Override
    public void dispose() {
        if (editor != null) {
            editor.removeStackListener(updater);
        }
        super.dispose();
    }

    private final class StackAction extends Action {

        private final boolean isUndo;

        StackAction(boolean isUndo) {
            this.isUndo = isUndo;
            setActionDefinitionId(isUndo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
        }

        private CommandStack stack() {
            return editor == null ? null : editor.getEditingDomain().getCommandStack();
        }

        void update() {
            CommandStack stack = stack();
            boolean enabled = stack != null && (isUndo ? stack.canUndo() : stack.canRedo());
            setEnabled(enabled);
            // EMF's command labels ("Set", "Add") are English only, so the action keeps its own name.
            setText(isUndo ? Messages.Action_undo : Messages.Action_redo);
        }

        @Override
        public void run() {
            CommandStack stack = stack();
            if (stack != null) {
                if (isUndo && stack.canUndo()) {
                    stack.undo();
                } else if (!isUndo && stack.canRedo()) {
                    stack.redo();
                }
            }
        }
    }
}
