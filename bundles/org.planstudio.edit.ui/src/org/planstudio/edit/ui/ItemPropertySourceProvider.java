package org.planstudio.edit.ui;

import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.planstudio.edit.ui.internal.ItemProviders;

/**
 * Gives the Properties view an {@link ItemPropertySource} for any object whose item provider implements
 * {@link IItemPropertySource}. Edits go through the item property descriptors, i.e. as commands on the
 * object's editing domain, so they can be undone.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;
	private final ResourceManager images; // null: property values are shown without icons

	/** Property values are shown as text only. */
	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory");
		this.images = null;
	}

	/**
	 * Property values that are model objects are shown with their icons, allocated from {@code images}
	 * (e.g. a {@code LocalResourceManager} tied to the page control, which disposes them).
	 */
	public ItemPropertySourceProvider(AdapterFactory adapterFactory, ResourceManager images) {
		this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory");
		this.images = Objects.requireNonNull(images, "images");
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		// Property values arrive wrapped (ItemPropertyDescriptor.PropertyValueWrapper); the wrapper is its
		// own property source and decides whether the value has nested properties.
		IItemPropertySource itemSource = object instanceof IItemPropertySource wrapper ? wrapper
				: ItemProviders.adapt(adapterFactory, object, IItemPropertySource.class);
		return itemSource == null ? null : new ItemPropertySource(object, itemSource, images);
	}
}
