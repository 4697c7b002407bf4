package org.planstudio.edit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planstudio.edit.ui.internal.Messages;

class EditingDomainCommandsTest {

	private final TestModel model = new TestModel();

	@AfterEach
	void dispose() {
		model.dispose();
	}

	@Test
	void labelsFollowTheCommandStack() {
		assertEquals(Messages.EditingDomainCommands_undo, EditingDomainCommands.undoText(model.commandStack));

		assertTrue(EditingDomainCommands.execute(model.domain,
				SetCommand.create(model.domain, model.root, model.name, "Renamed")));
		String label = model.commandStack.getUndoCommand().getLabel();
		assertEquals(NLS.bind(Messages.EditingDomainCommands_undoCommand, label),
				EditingDomainCommands.undoText(model.commandStack));
		assertEquals(Messages.EditingDomainCommands_redo, EditingDomainCommands.redoText(model.commandStack));

		model.commandStack.undo();
		assertEquals("Root", model.root.eGet(model.name));
		assertEquals(NLS.bind(Messages.EditingDomainCommands_redoCommand, label),
				EditingDomainCommands.redoText(model.commandStack));
	}

	@Test
	void unexecutableCommandsAreNotRun() {
		assertFalse(EditingDomainCommands.execute(model.domain, UnexecutableCommand.INSTANCE));
		assertFalse(model.commandStack.canUndo());
	}
}
