package org.planstudio.edit.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.edit.ui.internal.ChoiceCellEditor;
import org.planstudio.edit.ui.internal.Messages;

class ItemPropertySourceTest {

	private Shell shell;
	private TestModel model;
	private EObject a;
	private EObject b;
	private ItemPropertySourceProvider provider;
	private ItemPropertySource source;

	@BeforeEach
	void create() {
		shell = new Shell(Display.getDefault());
		model = new TestModel();
		a = model.task("A");
		b = model.task("B");
		model.children(model.root).addAll(List.of(a, b));
		provider = new ItemPropertySourceProvider(model.adapterFactory);
		source = (ItemPropertySource) provider.getPropertySource(a);
	}

	@AfterEach
	void dispose() {
		shell.dispose();
		model.dispose();
	}

	@Test
	void describesTheNonContainmentFeatures() {
		List<String> names = Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName)
				.toList();
		assertEquals(List.of("Name", "Effort", "Priority", "Done", "Code", "Depends On", "Related"), names);
		assertNull(provider.getPropertySource("plain string"));
	}

	@Test
	void settingAPropertyExecutesAnUndoableCommand() {
		source.setPropertyValue("name", "\u65b0\u540d\u79f0");
		assertEquals("\u65b0\u540d\u79f0", a.eGet(model.name));
		assertEquals("\u65b0\u540d\u79f0", source.getModelValue("name"));
		assertTrue(model.commandStack.canUndo());

		model.commandStack.undo();
		assertEquals("A", a.eGet(model.name));
	}

	@Test
	void propertiesViewSeesTheModelValueThroughTheWrapper() {
		Object wrapped = source.getPropertyValue("name");
		IPropertySource valueSource = provider.getPropertySource(wrapped);
		assertEquals("A", valueSource.getEditableValue());
		assertEquals(0, valueSource.getPropertyDescriptors().length, "values have no nested properties");
	}

	@Test
	void invalidNumberIsRejectedWithAClearMessage() {
		CellEditor editor = descriptor("effort").createPropertyEditor(shell);
		assertInstanceOf(TextCellEditor.class, editor);
		editor.setValue(3);
		Text text = (Text) editor.getControl();
		assertEquals("3", text.getText());

		text.setText("3.5{x}");
		assertFalse(editor.isValueValid());
		assertEquals(NLS.bind(Messages.DataTypeText_notAWholeNumber,
				new Object[] { "3.5{x}", Integer.MIN_VALUE, Integer.MAX_VALUE }), editor.getErrorMessage());
		assertTrue(editor.getErrorMessage().contains("3.5{x}"));
		assertNull(editor.getValue());

		text.setText(" 42 ");
		assertTrue(editor.isValueValid());
		assertEquals(42, editor.getValue());
		source.setPropertyValue("effort", editor.getValue());
		assertEquals(42, a.eGet(model.effort));
		assertEquals("42", descriptor("effort").getLabelProvider().getText(source.getModelValue("effort")));
		model.commandStack.undo();
		assertEquals(0, a.eGet(model.effort));

		text.setText("");
		assertEquals(Messages.DataTypeText_valueRequired, editor.getErrorMessage());
	}

	@Test
	void enumOffersItsLiterals() {
		ChoiceCellEditor editor = (ChoiceCellEditor) descriptor("priority").createPropertyEditor(shell);
		assertArrayEquals(new String[] { "LOW", "MEDIUM", "HIGH" }, editor.getItems());
		assertEquals(List.of(model.priority("LOW"), model.priority("MEDIUM"), model.priority("HIGH")),
				editor.getChoices());

		editor.setValue(model.priority("HIGH"));
		source.setPropertyValue("priority", editor.getValue());
		assertEquals(model.priority("HIGH"), a.eGet(model.priority));
		assertEquals("HIGH", descriptor("priority").getLabelProvider().getText(source.getModelValue("priority")));
		model.commandStack.undo();
		assertEquals(model.priority("LOW"), a.eGet(model.priority));
	}

	@Test
	void booleanOffersFalseAndTrue() {
		ChoiceCellEditor editor = (ChoiceCellEditor) descriptor("done").createPropertyEditor(shell);
		assertArrayEquals(new String[] { "false", "true" }, editor.getItems());
		editor.setValue(Boolean.TRUE);
		source.setPropertyValue("done", editor.getValue());
		assertEquals(Boolean.TRUE, a.eGet(model.done));
	}

	@Test
	void singleReferenceOffersTheObjectsOfItsTypeAndNone() {
		ChoiceCellEditor editor = (ChoiceCellEditor) descriptor("dependsOn").createPropertyEditor(shell);
		assertTrue(editor.getChoices().containsAll(List.of(model.root, a, b)));
		assertTrue(editor.getChoices().contains(null), "a single reference can be cleared");
		assertTrue(Arrays.asList(editor.getItems()).containsAll(List.of("Task Root", "Task A", "Task B", "")));

		editor.setValue(null);
		assertNull(editor.getValue());
		editor.setValue(b);
		source.setPropertyValue("dependsOn", editor.getValue());
		assertEquals(b, a.eGet(model.dependsOn));
		model.commandStack.undo();
		assertNull(a.eGet(model.dependsOn));
	}

	@Test
	void multiValuedReferenceIsAReadOnlyList() {
		model.related(a).addAll(List.of(model.root, b));
		IPropertyDescriptor related = descriptor("related");
		assertNull(related.createPropertyEditor(shell));
		assertEquals("Task Root, Task B", related.getLabelProvider().getText(source.getModelValue("related")));
	}

	@Test
	void unchangeableFeatureHasNoEditor() {
		assertNull(descriptor("code").createPropertyEditor(shell));
		assertNotNull(descriptor("name").createPropertyEditor(shell));
	}

	@Test
	void chineseMessagesMatchTheEnglishKeys() throws IOException {
		Properties english = load("internal/messages.properties");
		Properties chinese = load("internal/messages_zh.properties");
		assertEquals(english.keySet(), chinese.keySet());
		assertTrue(chinese.getProperty("DataTypeText_notAWholeNumber").contains("\u6574\u6570"));
	}

	private IPropertyDescriptor descriptor(String id) {
		return Arrays.stream(source.getPropertyDescriptors()).filter(d -> id.equals(d.getId())).findFirst()
				.orElseThrow();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ItemPropertySource.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			properties.load(in);
		}
		return properties;
	}
}
