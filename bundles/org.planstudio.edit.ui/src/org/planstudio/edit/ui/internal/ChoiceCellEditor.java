package org.planstudio.edit.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only combo whose value is one of the given objects (null allowed) instead of an index. */
public final class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<Object> choices;
	private final Function<Object, String> labels;

	public ChoiceCellEditor(Composite parent, List<?> choices, Function<Object, String> labels) {
		super(parent, choices.stream().map(labels).toArray(String[]::new), SWT.READ_ONLY);
		// ArrayList rather than List.copyOf: EMF offers null as the choice for clearing a reference.
		this.choices = new ArrayList<>(choices);
		this.labels = Objects.requireNonNull(labels, "labels");
	}

	/** The objects offered, in display order; may contain null. */
	public List<Object> getChoices() {
		return Collections.unmodifiableList(choices);
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		return index >= 0 && index < choices.size() ? choices.get(index) : null;
	}

	@Override
	protected void doSetValue(Object value) {
		int index = choices.indexOf(value);
		if (index < 0) {
			// A current value outside the offered choices must survive opening and closing the editor.
			choices.add(value);
			String[] items = Arrays.copyOf(getItems(), choices.size());
			items[items.length - 1] = labels.apply(value);
			setItems(items);
			index = choices.size() - 1;
		}
		super.doSetValue(index);
	}
}
