package org.planstudio.ui.authoring.structure;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.navigator.PlanNavigatorView;

/**
 * Undo and Redo (Ctrl+Z, Ctrl+Y) while the navigator is active: the structure commands run
 * there, so undoing them must not need a click into the editor first. Both act on the command
 * stack of the editor whose plan the navigator shows.
 */
final class NavigatorUndo {

    private final PlanNavigatorView navigator;
    private final StackAction undo = new StackAction(true);
    private final StackAction redo = new StackAction(false);
    private final CommandStackListener listener = this::stackChanged;
    private CommandStack watched;

    private NavigatorUndo(PlanNavigatorView navigator) {
        this.navigator = navigator;
    }

    static void install(PlanNavigatorView navigator) {
        NavigatorUndo handlers = new NavigatorUndo(navigator);
        IActionBars bars = navigator.getViewSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), handlers.undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), handlers.redo);
        navigator.viewer().addSelectionChangedListener(event -> handlers.update());
        navigator.viewer().getControl().addFocusListener(org.eclipse.swt.events.FocusListener.focusGainedAdapter(e -> handlers.update()));
        navigator.viewer().getControl().addDisposeListener(e -> handlers.unwatch());
        handlers.update();
    }

    private void stackChanged(EventObject event) {
        navigator.getSite().getShell().getDisplay().asyncExec(() -> {
            if (!navigator.viewer().getControl().isDisposed()) {
                update();
            }
        });
    }

    private CommandStack stack() {
        return navigator.editor().map(PlanEditor::getEditingDomain).map(d -> d.getCommandStack()).orElse(null);
    }

    private void update() {
        CommandStack stack = stack();
        if (stack != watched) {
            unwatch();
            watched = stack;
            if (stack != null) {
                stack.addCommandStackListener(listener);
            }
        }
        undo.update(stack);
        redo.update(stack);
        navigator.getViewSite().getActionBars().updateActionBars();
    }

    private void unwatch() {
        if (watched != null) {
            watched.removeCommandStackListener(listener);
            watched = null;
        }
    }

    private final class StackAction extends Action {

        private final boolean isUndo;

        StackAction(boolean isUndo) {
            this.isUndo = isUndo;
            setActionDefinitionId(isUndo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
            setText(isUndo ? Messages.Action_undo : Messages.Action_redo);
        }

        void update(CommandStack stack) {
            setEnabled(applies(stack));
        }

        private boolean applies(CommandStack stack) {
            return stack != null && (isUndo ? stack.canUndo() : stack.canRedo());
        }

        /**
         * Asked afresh: when the navigator moves to another plan's editor no selection or focus event
         * need come, and the flag set by {@link #update} would still describe the previous stack.
         */
        @Override
        public boolean isEnabled() {
            return applies(stack());
        }

        @Override
        public void run() {
            CommandStack stack = stack();
            if (stack != null && isUndo && stack.canUndo()) {
                stack.undo();
            } else if (stack != null && !isUndo && stack.canRedo()) {
                stack.redo();
            }
        }
    }
}
