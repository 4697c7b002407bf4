package org.planstudio.edit.ui;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.planstudio.edit.ui.internal.Messages;

/** Small helpers for running commands on an editing domain and labelling Undo/Redo actions. */
public final class EditingDomainCommands {

	private EditingDomainCommands() {
	}

	/** Executes {@code command} on the domain's stack if it can execute; returns whether it did. */
	public static boolean execute(EditingDomain domain, Command command) {
		Objects.requireNonNull(domain, "domain");
		Objects.requireNonNull(command, "command");
		if (!command.canExecute()) {
			command.dispose();
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	/** "&Undo Set" (or "&Undo" when the command has no label), localised; with mnemonic. */
	public static String undoText(CommandStack stack) {
		Command command = Objects.requireNonNull(stack, "stack").getUndoCommand();
		return text(command, Messages.EditingDomainCommands_undo, Messages.EditingDomainCommands_undoCommand);
	}

	public static String redoText(CommandStack stack) {
		Command command = Objects.requireNonNull(stack, "stack").getRedoCommand();
		return text(command, Messages.EditingDomainCommands_redo, Messages.EditingDomainCommands_redoCommand);
	}

	private static String text(Command command, String plain, String withLabel) {
		String label = command == null ? null : command.getLabel();
		return label == null || label.isBlank() ? plain : NLS.bind(withLabel, label);
	}
}
