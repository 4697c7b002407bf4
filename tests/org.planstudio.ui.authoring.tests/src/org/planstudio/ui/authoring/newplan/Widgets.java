package org.planstudio.ui.authoring.newplan;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;

/** Finding and pressing widgets as a user would, without SWTBot (not on Maven Central). */
final class Widgets {

    private Widgets() {
    }

    static Optional<Button> button(Control root, String text) {
        if (root instanceof Button button && text.equals(button.getText())) {
            return Optional.of(button);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<Button> found = button(child, text);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Table> table(Control root) {
        if (root instanceof Table table) {
            return Optional.of(table);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<Table> found = table(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    static void press(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError("button '" + button.getText() + "' is disabled");
        }
        button.notifyListeners(SWT.Selection, new Event());
        processEvents();
    }

    static void select(Table table, int index) {
        table.setSelection(index);
        table.notifyListeners(SWT.Selection, new Event());
        processEvents();
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let asyncExecs (dirty flags, refreshes) run as the event loop would
        }
    }
}
