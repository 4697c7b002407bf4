package org.planstudio.edit.ui.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.DeviceResourceException;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/** Turns the UI-free image objects of item providers (URL, EMF URI, ComposedImage) into SWT images. */
public final class ItemImages {

	private ItemImages() {
	}

	public static ImageDescriptor toDescriptor(Object image) {
		if (image instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (image instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (image instanceof URI uri) {
			return fromUri(uri);
		}
		if (image instanceof ComposedImage composed) {
			List<ImageDescriptor> parts = new ArrayList<>();
			for (Object part : composed.getImages()) {
				ImageDescriptor descriptor = toDescriptor(part);
				// Keep positions aligned with the composed image's draw points.
				parts.add(descriptor != null ? descriptor : ImageDescriptor.getMissingImageDescriptor());
			}
			return new ComposedImageDescriptor(composed, parts);
		}
		return null;
	}

	/** Returns the image owned by {@code resources}, or null if there is none or it cannot be loaded. */
	public static Image create(ResourceManager resources, Object image) {
		ImageDescriptor descriptor = toDescriptor(image);
		if (descriptor == null) {
			return null;
		}
		try {
			return resources.get(descriptor);
		} catch (DeviceResourceException e) {
			return null;
		}
	}

	private static ImageDescriptor fromUri(URI uri) {
		try {
			// The reflective item provider appends "#ClassName" only to make registry keys distinct;
			// dropping it lets all classes share one image.
			return ImageDescriptor.createFromURL(new URL(uri.trimFragment().toString()));
		} catch (MalformedURLException e) {
			return null;
		}
	}
}
