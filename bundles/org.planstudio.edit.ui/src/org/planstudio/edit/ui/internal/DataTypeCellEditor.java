package org.planstudio.edit.ui.internal;

import java.util.Objects;

import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.events.ModifyEvent;
import org.eclipse.swt.widgets.Composite;

/** A text cell editor whose value is a model value (Integer, Date, ...) rather than the text shown. */
public final class DataTypeCellEditor extends TextCellEditor {

	private final DataTypeText converter;

	public DataTypeCellEditor(Composite parent, DataTypeText converter) {
		super(parent);
		this.converter = Objects.requireNonNull(converter, "converter");
		// Model values handed in through setValue are valid by definition; only typed text needs checking.
		setValidator(value -> value instanceof String text ? converter.validate(text) : null);
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(converter.toText(value));
	}

	@Override
	protected Object doGetValue() {
		String text = (String) super.doGetValue();
		return converter.validate(text) == null ? converter.toValue(text) : text;
	}

	// TextCellEditor runs the message through MessageFormat again, which would strip quotes and fail on
	// braces the user typed; our messages are already complete.
	@Override
	protected void editOccured(ModifyEvent e) {
		boolean wasValid = isValueValid();
		valueChanged(wasValid, isCorrect(text.getText()));
	}
}
