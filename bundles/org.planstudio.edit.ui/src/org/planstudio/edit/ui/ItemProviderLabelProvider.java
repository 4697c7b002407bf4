package org.planstudio.edit.ui;

import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITableItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.planstudio.edit.ui.internal.ItemImages;
import org.planstudio.edit.ui.internal.ItemProviders;

/**
 * Labels and icons from EMF.Edit item providers. The SWT images made from the item providers' URLs and
 * composed images belong to this label provider and are released with it (viewers dispose their label
 * provider when their control is disposed).
 */
public class ItemProviderLabelProvider extends LabelProvider implements ITableLabelProvider {

	private final AdapterFactory adapterFactory;
	private final ResourceManager parentResources; // null: JFace's shared manager for the current display
	private LocalResourceManager images; // created on first use, on the display thread

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory");
		this.parentResources = null;
	}

	/** Allocates images through {@code parentResources} instead of JFace's shared resource manager. */
	public ItemProviderLabelProvider(AdapterFactory adapterFactory, ResourceManager parentResources) {
		this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory");
		this.parentResources = Objects.requireNonNull(parentResources, "parentResources");
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = ItemProviders.adapt(adapterFactory, element, IItemLabelProvider.class);
		return provider != null ? provider.getText(element) : super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = ItemProviders.adapt(adapterFactory, element, IItemLabelProvider.class);
		return provider == null ? null : toImage(provider.getImage(element));
	}

	// Item providers without ITableItemLabelProvider describe a single column.
	@Override
	public String getColumnText(Object element, int columnIndex) {
		ITableItemLabelProvider provider = ItemProviders.adapt(adapterFactory, element, ITableItemLabelProvider.class);
		if (provider != null) {
			return provider.getColumnText(element, columnIndex);
		}
		return columnIndex == 0 ? getText(element) : "";
	}

	@Override
	public Image getColumnImage(Object element, int columnIndex) {
		ITableItemLabelProvider provider = ItemProviders.adapt(adapterFactory, element, ITableItemLabelProvider.class);
		if (provider != null) {
			return toImage(provider.getColumnImage(element, columnIndex));
		}
		return columnIndex == 0 ? getImage(element) : null;
	}

	/** Converts an item provider image (URL, EMF URI, ComposedImage, ImageDescriptor) to an owned SWT image. */
	protected Image toImage(Object itemImage) {
		if (itemImage == null) {
			return null;
		}
		if (images == null) {
			images = new LocalResourceManager(parentResources != null ? parentResources : JFaceResources.getResources());
		}
		return ItemImages.create(images, itemImage);
	}

	@Override
	public void dispose() {
		if (images != null) {
			images.dispose();
			images = null;
		}
		super.dispose();
	}
}
