package org.planstudio.edit.ui;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/** The properties of one object, as described by its {@link IItemPropertySource}. */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemSource;
	private final ResourceManager images; // may be null

	public ItemPropertySource(Object object, IItemPropertySource itemSource) {
		this(object, itemSource, null);
	}

	ItemPropertySource(Object object, IItemPropertySource itemSource, ResourceManager images) {
		this.object = Objects.requireNonNull(object, "object");
		this.itemSource = Objects.requireNonNull(itemSource, "itemSource");
		this.images = images;
	}

	public Object getObject() {
		return object;
	}

	@Override
	public Object getEditableValue() {
		return itemSource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
		if (descriptors == null) {
			return new IPropertyDescriptor[0];
		}
		return descriptors.stream()
				.map(descriptor -> new ItemPropertyDescriptor(object, descriptor, images))
				.toArray(IPropertyDescriptor[]::new);
	}

	/**
	 * Returns the item provider's value as is: usually a wrapper that is itself an
	 * {@link IItemPropertySource} whose editable value is the model value. The Properties view unwraps it
	 * through {@link ItemPropertySourceProvider}; other callers can use {@link #getModelValue(Object)}.
	 */
	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor == null ? null : descriptor.getPropertyValue(object);
	}

	/** The model value of a property, unwrapped from the item provider's property value wrapper. */
	public Object getModelValue(Object id) {
		Object value = getPropertyValue(id);
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(value) : value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null) {
			descriptor.resetPropertyValue(object);
		}
	}

	/** Sets the model value; EMF's descriptors do this with a command on the object's editing domain. */
	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null) {
			descriptor.setPropertyValue(object, value);
		}
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return itemSource.getPropertyDescriptor(object, id);
	}
}
