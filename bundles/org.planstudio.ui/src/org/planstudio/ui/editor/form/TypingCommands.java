package org.planstudio.ui.editor.form;

import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;

/**
 * Turns each keystroke in a text field into a model change, so the editor is dirty at once and
 * Ctrl+S never misses the last word, while keeping one undo step per stretch of typing: a new
 * keystroke replaces the previous command if that is still the newest on the stack.
 */
final class TypingCommands {

    private final FormContext context;
    private final Function<String, Command> commandFactory;
    private Command last;

    TypingCommands(FormContext context, Function<String, Command> commandFactory) {
        this.context = Objects.requireNonNull(context);
        this.commandFactory = Objects.requireNonNull(commandFactory);
    }

    void typed(String value) {
        CommandStack stack = context.domain().getCommandStack();
        if (last != null && stack.getUndoCommand() == last && stack.canUndo()) {
            stack.undo();
        }
        Command command = commandFactory.apply(value);
        last = context.execute(command) ? command : null;
    }

    /** The next keystroke starts a new undo step. */
    void endStretch() {
        last = null;
    }
}
