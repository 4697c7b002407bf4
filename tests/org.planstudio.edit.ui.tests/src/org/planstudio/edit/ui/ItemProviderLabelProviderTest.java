package org.planstudio.edit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.edit.EMFEditPlugin;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.DeviceResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ItemProviderLabelProviderTest {

	private TestModel model;
	private ItemProviderLabelProvider labels;

	@BeforeEach
	void create() {
		Display.getDefault();
		model = new TestModel();
		labels = new ItemProviderLabelProvider(model.adapterFactory);
	}

	@AfterEach
	void dispose() {
		labels.dispose();
		model.dispose();
	}

	@Test
	void textComesFromTheItemProvider() {
		IItemLabelProvider itemProvider = (IItemLabelProvider) model.adapterFactory.adapt(model.root,
				IItemLabelProvider.class);
		assertEquals(itemProvider.getText(model.root), labels.getText(model.root));
		assertEquals("Task Root", labels.getText(model.root));
		assertEquals("Task Root", labels.getColumnText(model.root, 0));
		assertEquals("not a model object", labels.getText("not a model object"));
		assertNotNull(labels.getImage(model.root));
		assertNull(labels.getImage("not a model object"));
	}

	@Test
	void imagesAreCachedAndDisposedWithTheLabelProvider() {
		// JFace's shared manager keeps released images in an LRU cache; an unshared parent shows the release.
		DeviceResourceManager parent = new DeviceResourceManager(Display.getDefault());
		ItemProviderLabelProvider owner = new ItemProviderLabelProvider(model.adapterFactory, parent);
		try {
			Image image = owner.getImage(model.root);
			assertNotNull(image);
			assertSame(image, owner.getImage(model.root));
			assertSame(image, owner.getImage(model.task("Other")), "same icon URL, one SWT image");
			owner.dispose();
			assertTrue(image.isDisposed());
		} finally {
			parent.dispose();
		}
	}

	@Test
	void composedImagesAreDrawnTogether() {
		Object item = EMFEditPlugin.INSTANCE.getImage("full/obj16/Item");
		Image single = labels.toImage(item);
		Image composed = labels.toImage(new SideBySide(List.of(item, item)));
		Rectangle singleBounds = single.getBounds();
		Rectangle bounds = composed.getBounds();
		assertEquals(2 * singleBounds.width, bounds.width);
		assertEquals(singleBounds.height, bounds.height);
		assertSame(composed, labels.toImage(new SideBySide(List.of(item, item))), "equal composed images share");
	}

	/** Static, as EMF asks: composed images are used as cache keys. */
	static final class SideBySide extends ComposedImage {

		SideBySide(Collection<?> images) {
			super(images);
		}

		@Override
		public Size getSize(Collection<? extends Size> sizes) {
			imageSizes = new ArrayList<>(sizes);
			Size result = new Size();
			for (Size size : sizes) {
				result.width += size.width;
				result.height = Math.max(result.height, size.height);
			}
			return result;
		}

		@Override
		public List<Point> getDrawPoints(Size size) {
			List<Point> points = new ArrayList<>();
			int x = 0;
			for (Size imageSize : imageSizes) {
				Point point = new Point();
				point.x = x;
				points.add(point);
				x += imageSize.width;
			}
			return points;
		}
	}
}
