package org.planstudio.edit.ui.internal;

import org.eclipse.emf.common.notify.AdapterFactory;

public final class ItemProviders {

	private ItemProviders() {
	}

	/**
	 * Adapts {@code object} to an item provider interface, or returns null. The type check matters:
	 * {@code AdapterFactoryImpl.adapt} hands non-Notifier objects (strings, enumerators) back unchanged.
	 */
	public static <T> T adapt(AdapterFactory factory, Object object, Class<T> type) {
		if (object == null) {
			return null;
		}
		Object adapter = factory.adapt(object, type);
		return type.isInstance(adapter) ? type.cast(adapter) : null;
	}
}
