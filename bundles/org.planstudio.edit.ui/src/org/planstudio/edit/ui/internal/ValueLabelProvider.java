package org.planstudio.edit.ui.internal;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Renders property values: data values in their literal form, objects through their item providers. */
public final class ValueLabelProvider extends LabelProvider {

	private final IItemLabelProvider itemLabels; // may be null
	private final DataTypeText dataType; // null unless the property is an attribute
	private final ResourceManager images; // null: values are shown without icons

	public ValueLabelProvider(IItemLabelProvider itemLabels, DataTypeText dataType, ResourceManager images) {
		this.itemLabels = itemLabels;
		this.dataType = dataType;
		this.images = images;
	}

	@Override
	public String getText(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(this::getText).collect(Collectors.joining(", "));
		}
		// Enum values go to the item providers, which know the translated literal labels.
		if (dataType != null && !(value instanceof Enumerator && itemLabels != null)) {
			return dataType.toText(value);
		}
		return itemLabels != null ? itemLabels.getText(value) : value.toString();
	}

	@Override
	public Image getImage(Object value) {
		if (images == null || itemLabels == null || value == null) {
			return null;
		}
		return ItemImages.create(images, itemLabels.getImage(value));
	}
}
