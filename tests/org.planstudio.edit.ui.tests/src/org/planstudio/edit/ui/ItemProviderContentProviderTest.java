package org.planstudio.edit.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ItemProviderContentProviderTest {

	private Display display;
	private Shell shell;
	private TestModel model;
	private TreeViewer viewer;
	private ItemProviderContentProvider contentProvider;

	@BeforeEach
	void createViewer() {
		display = Display.getDefault();
		shell = new Shell(display);
		model = new TestModel();
		model.children(model.root).add(model.task("A"));
		contentProvider = new ItemProviderContentProvider(model.adapterFactory);
		viewer = new TreeViewer(shell);
		viewer.setContentProvider(contentProvider);
		viewer.setLabelProvider(new ItemProviderLabelProvider(model.adapterFactory));
		viewer.setInput(model.resource);
		viewer.expandAll();
	}

	@AfterEach
	void disposeViewer() {
		shell.dispose();
		runEventLoop();
		model.dispose();
	}

	@Test
	void showsTheItemProvidersChildren() {
		TreeItem[] top = viewer.getTree().getItems();
		assertEquals(List.of("Task Root"), texts(top));
		assertEquals(List.of("Task A"), texts(top[0].getItems()));
		assertArrayEquals(model.children(model.root).toArray(), contentProvider.getChildren(model.root));
		assertEquals(model.root, contentProvider.getParent(model.children(model.root).get(0)));
		assertTrue(contentProvider.hasChildren(model.root));
	}

	@Test
	void childAddedByCommandAppearsAfterTheEventLoopRuns() {
		EObject added = model.task("C");
		model.commandStack.execute(AddCommand.create(model.domain, model.root, model.children, added));

		// Refreshes are posted with asyncExec so that a command's many notifications cost one refresh.
		assertEquals(List.of("Task A"), childTexts());
		runEventLoop();
		assertEquals(List.of("Task A", "Task C"), childTexts());

		model.commandStack.undo();
		runEventLoop();
		assertEquals(List.of("Task A"), childTexts());
	}

	@Test
	void renameUpdatesTheLabel() {
		EObject a = model.children(model.root).get(0);
		model.commandStack.execute(SetCommand.create(model.domain, a, model.name, "\u89c4\u5212"));
		runEventLoop();
		assertEquals(List.of("Task \u89c4\u5212"), childTexts());
	}

	@Test
	void changesMadeOnAnotherThreadReachTheViewer() throws InterruptedException {
		Thread worker = new Thread(() -> model.children(model.root).add(model.task("B")));
		worker.start();
		worker.join();
		runEventLoop();
		assertEquals(List.of("Task A", "Task B"), childTexts());
	}

	@Test
	void pendingRefreshIsDroppedWhenTheViewerIsDisposed() {
		Command add = AddCommand.create(model.domain, model.root, model.children, model.task("C"));
		model.commandStack.execute(add);
		shell.dispose();
		runEventLoop(); // must not touch the disposed tree
		model.children(model.root).add(model.task("D")); // listener removed: nothing scheduled
		runEventLoop();
		assertTrue(viewer.getControl().isDisposed());
	}

	private List<String> childTexts() {
		return texts(viewer.getTree().getItem(0).getItems());
	}

	private static List<String> texts(TreeItem[] items) {
		return Arrays.stream(items).map(TreeItem::getText).toList();
	}

	private void runEventLoop() {
		while (display.readAndDispatch()) {
			// drain pending asyncExec runnables
		}
	}
}
