package org.planstudio.edit.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.planstudio.edit.ui.internal.messages"; //$NON-NLS-1$

	public static String DataTypeText_notAWholeNumber;
	public static String DataTypeText_notANumber;
	public static String DataTypeText_invalidValue;
	public static String DataTypeText_valueRequired;
	public static String EditingDomainCommands_undo;
	public static String EditingDomainCommands_undoCommand;
	public static String EditingDomainCommands_redo;
	public static String EditingDomainCommands_redoCommand;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
