package org.planstudio.edit.ui;

import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.planstudio.edit.ui.internal.ItemProviders;
import org.planstudio.edit.ui.internal.ViewerRefresh;

/**
 * Tree and table content from EMF.Edit item providers. Model changes reported through the adapter factory
 * refresh the viewer asynchronously on its display thread, so they show after the current command completes.
 * One instance serves one viewer; the viewer disposes it.
 */
public class ItemProviderContentProvider implements ITreeContentProvider {

	private static final Object[] NONE = new Object[0];

	private final AdapterFactory adapterFactory;
	private final INotifyChangedListener listener = this::notifyChanged;
	private volatile ViewerRefresh refresh;

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = Objects.requireNonNull(adapterFactory, "adapterFactory");
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(listener);
		}
	}

	public AdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	@Override
	public Object[] getElements(Object input) {
		IStructuredItemContentProvider provider = ItemProviders.adapt(adapterFactory, input,
				IStructuredItemContentProvider.class);
		return provider == null ? NONE : provider.getElements(input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = ItemProviders.adapt(adapterFactory, parent, ITreeItemContentProvider.class);
		return provider == null ? NONE : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = ItemProviders.adapt(adapterFactory, element, ITreeItemContentProvider.class);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = ItemProviders.adapt(adapterFactory, element, ITreeItemContentProvider.class);
		return provider != null && provider.hasChildren(element);
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		ViewerRefresh previous = refresh;
		if (previous != null) {
			previous.cancel();
		}
		refresh = viewer instanceof StructuredViewer structured && newInput != null ? new ViewerRefresh(structured)
				: null;
		// Item providers only report changes of objects they are attached to; adapting attaches one to the
		// input even before the viewer first asks for its elements.
		ItemProviders.adapt(adapterFactory, newInput, IStructuredItemContentProvider.class);
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(listener);
		}
		ViewerRefresh current = refresh;
		if (current != null) {
			current.cancel();
		}
		refresh = null;
	}

	/** Called by the adapter factory, on whatever thread changed the model. */
	protected void notifyChanged(Notification notification) {
		ViewerRefresh current = refresh;
		if (current != null) {
			current.add(notification);
		}
	}
}
