package org.planstudio.edit.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Collects EMF notifications and applies them to a viewer in one pass on the display thread. A single
 * command (a paste, a delete of a subtree) fires many notifications; refreshing once per element after the
 * command has finished keeps the tree from flickering and lets notifications arrive from any thread.
 */
public final class ViewerRefresh implements Runnable {

	private static final int STRUCTURE = 1;
	private static final int LABEL = 2;

	private final StructuredViewer viewer;
	private final Display display;

	// Guarded by this.
	private final Map<Object, Integer> pending = new LinkedHashMap<>();
	private boolean refreshAll;
	private boolean scheduled;
	private boolean cancelled;

	/** Must be called on the viewer's display thread. */
	public ViewerRefresh(StructuredViewer viewer) {
		this.viewer = Objects.requireNonNull(viewer, "viewer");
		this.display = viewer.getControl().getDisplay();
	}

	public void add(Notification notification) {
		Object element;
		int kind;
		if (notification instanceof IViewerNotification viewerNotification) {
			element = viewerNotification.getElement();
			kind = (viewerNotification.isContentRefresh() ? STRUCTURE : 0)
					| (viewerNotification.isLabelUpdate() ? LABEL : 0);
		} else {
			// The item provider did not say what changed; assume both for the object that changed.
			element = notification.getNotifier();
			kind = STRUCTURE | LABEL;
		}
		if (kind == 0) {
			return;
		}
		synchronized (this) {
			if (cancelled) {
				return;
			}
			if (element == null) {
				refreshAll = true;
			} else {
				pending.merge(element, kind, (a, b) -> a | b);
			}
			if (scheduled) {
				return;
			}
			scheduled = true;
		}
		try {
			display.asyncExec(this);
		} catch (SWTException disposed) {
			// The workbench is shutting down; there is nothing left to refresh.
		}
	}

	public synchronized void cancel() {
		cancelled = true;
		pending.clear();
	}

	@Override
	public void run() {
		Map<Object, Integer> work;
		boolean all;
		synchronized (this) {
			scheduled = false;
			if (cancelled) {
				return;
			}
			all = refreshAll;
			work = new LinkedHashMap<>(pending);
			refreshAll = false;
			pending.clear();
		}
		Control control = viewer.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		if (all) {
			viewer.refresh();
			return;
		}
		work.forEach((element, kind) -> {
			if ((kind & STRUCTURE) != 0) {
				viewer.refresh(element, (kind & LABEL) != 0);
			} else {
				viewer.update(element, null);
			}
		});
	}
}
