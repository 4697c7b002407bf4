package org.planstudio.edit.ui;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.planstudio.edit.ui.internal.ChoiceCellEditor;
import org.planstudio.edit.ui.internal.DataTypeCellEditor;
import org.planstudio.edit.ui.internal.DataTypeText;
import org.planstudio.edit.ui.internal.ValueLabelProvider;

/**
 * One property of one object, described by an {@link IItemPropertyDescriptor}. The cell editor follows the
 * property: a combo for anything with a choice of values (enums, single references) and for booleans, text
 * for other data types, none for multi-valued or unchangeable properties.
 */
public class ItemPropertyDescriptor implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor itemDescriptor;
	private final DataTypeText dataType; // null unless the property is an attribute
	private final ValueLabelProvider labelProvider;

	public ItemPropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor) {
		this(object, itemDescriptor, null);
	}

	ItemPropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor, ResourceManager images) {
		this.object = Objects.requireNonNull(object, "object");
		this.itemDescriptor = Objects.requireNonNull(itemDescriptor, "itemDescriptor");
		this.dataType = itemDescriptor.getFeature(object) instanceof EAttribute attribute
				? new DataTypeText(attribute.getEAttributeType())
				: null;
		this.labelProvider = new ValueLabelProvider(itemDescriptor.getLabelProvider(object), dataType, images);
	}

	public IItemPropertyDescriptor getItemDescriptor() {
		return itemDescriptor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		// Multi-valued properties are shown read-only as a joined list of their values.
		if (!itemDescriptor.canSetProperty(object) || itemDescriptor.isMany(object)) {
			return null;
		}
		Collection<?> choices = itemDescriptor.getChoiceOfValues(object);
		if (choices != null) {
			return new ChoiceCellEditor(parent, ordered(choices), labelProvider::getText);
		}
		if (dataType == null) {
			return null;
		}
		if (dataType.isBoolean()) {
			return new ChoiceCellEditor(parent, List.of(Boolean.FALSE, Boolean.TRUE), labelProvider::getText);
		}
		return new DataTypeCellEditor(parent, dataType);
	}

	private List<?> ordered(Collection<?> choices) {
		List<Object> result = new ArrayList<>(choices);
		if (itemDescriptor.isSortChoices(object)) {
			// Collator orders Chinese labels by pinyin in a Chinese locale; "no value" stays first.
			Collator collator = Collator.getInstance();
			result.sort(Comparator.nullsFirst(Comparator.comparing(labelProvider::getText, collator)));
		}
		return result;
	}

	@Override
	public String getCategory() {
		return itemDescriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return itemDescriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return itemDescriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return itemDescriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return itemDescriptor.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return itemDescriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		return labelProvider;
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof ItemPropertyDescriptor that
				&& itemDescriptor.isCompatibleWith(object, that.object, that.itemDescriptor);
	}
}
