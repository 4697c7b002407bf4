package org.planstudio.ui.translation;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.Messages;

/**
 * Undo and Redo (Ctrl+Z, Ctrl+Y) while the Translations view is active: an English typed in the
 * view is undone there, without a click into the editor first, on the editor's command stack.
 */
final class ViewUndo extends Action {

    private final Supplier<Optional<PlanEditor>> editor;
    private final boolean isUndo;

    private ViewUndo(Supplier<Optional<PlanEditor>> editor, boolean isUndo) {
        this.editor = editor;
        this.isUndo = isUndo;
        setActionDefinitionId(isUndo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
        setText(isUndo ? Messages.Action_undo : Messages.Action_redo);
    }

    static void install(IActionBars bars, Supplier<Optional<PlanEditor>> editor) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new ViewUndo(editor, true));
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new ViewUndo(editor, false));
        bars.updateActionBars();
    }

    private Optional<CommandStack> stack() {
        return editor.get().map(e -> e.getEditingDomain().getCommandStack());
    }

    // Asked afresh each time: the stack changes with every edit and with the editor followed.
    @Override
    public boolean isEnabled() {
        return stack().map(s -> isUndo ? s.canUndo() : s.canRedo()).orElse(false);
    }

    @Override
    public void run() {
        stack().ifPresent(s -> {
            if (isUndo && s.canUndo()) {
                s.undo();
            } else if (!isUndo && s.canRedo()) {
                s.redo();
            }
        });
    }
}
