package org.planstudio.edit.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;

/** Draws the parts of a {@link ComposedImage} (e.g. an object icon plus overlays) at the points it asks for. */
final class ComposedImageDescriptor extends CompositeImageDescriptor {

	private final ComposedImage composed;
	private final List<ImageDescriptor> parts;

	ComposedImageDescriptor(ComposedImage composed, List<ImageDescriptor> parts) {
		this.composed = composed;
		this.parts = List.copyOf(parts);
	}

	@Override
	protected void drawCompositeImage(int width, int height) {
		// getDrawPoints relies on the sizes recorded by getSize, so always ask in that order.
		List<ComposedImage.Point> points = composed.getDrawPoints(composedSize());
		for (int i = 0; i < parts.size() && i < points.size(); i++) {
			ComposedImage.Point point = points.get(i);
			drawImage(createCachedImageDataProvider(parts.get(i)), point.x, point.y);
		}
	}

	@Override
	protected Point getSize() {
		ComposedImage.Size size = composedSize();
		return new Point(size.width, size.height);
	}

	private ComposedImage.Size composedSize() {
		List<ComposedImage.Size> sizes = new ArrayList<>(parts.size());
		for (ImageDescriptor part : parts) {
			ComposedImage.Size size = new ComposedImage.Size();
			ImageData data = part.getImageData(100);
			if (data != null) {
				size.width = data.width;
				size.height = data.height;
			}
			sizes.add(size);
		}
		return composed.getSize(sizes);
	}

	// Resource managers cache by descriptor equality; ComposedImage subclasses differ in their draw points.
	@Override
	public boolean equals(Object other) {
		return other instanceof ComposedImageDescriptor that && that.composed.getClass() == composed.getClass()
				&& that.composed.equals(composed);
	}

	@Override
	public int hashCode() {
		return composed.hashCode();
	}
}
