package org.planstudio.nl.zh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Reading texts off real widgets, and answering a modal dialog without ever hanging the test run. */
final class Widgets {

    /** How long a modal dialog is waited for before it is closed unanswered. */
    private static final int PATIENCE_MS = 15_000;
    private static final int POLL_MS = 100;

    private Widgets() {
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending asyncExecs as the event loop would
        }
    }

    static List<String> buttonTexts(Composite root) {
        List<String> texts = new ArrayList<>();
        collect(root, Button.class, button -> texts.add(button.getText()));
        return texts;
    }

    static List<String> labelTexts(Composite root) {
        List<String> texts = new ArrayList<>();
        collect(root, Label.class, label -> texts.add(label.getText()));
        return texts;
    }

    static Optional<Button> button(Composite root, String text) {
        List<Button> found = new ArrayList<>();
        collect(root, Button.class, button -> {
            if (button.getText().equals(text)) {
                found.add(button);
            }
        });
        return found.stream().findFirst();
    }

    static <T extends Control> void collect(Composite root, Class<T> type, Consumer<T> action) {
        for (Control child : root.getChildren()) {
            if (type.isInstance(child)) {
                action.accept(type.cast(child));
            }
            if (child instanceof Composite composite) {
                collect(composite, type, action);
            }
        }
    }

    /** The same texts, in any order: GTK dialogs move the default button to the end. */
    static void assertSameTexts(List<String> expected, List<String> actual) {
        List<String> sortedExpected = new ArrayList<>(expected);
        List<String> sortedActual = new ArrayList<>(actual);
        sortedExpected.sort(null);
        sortedActual.sort(null);
        assertEquals(sortedExpected, sortedActual, "texts shown: " + actual);
    }

    /** Text before the accelerator (menu items read "保存(&S)\tCtrl+S"). */
    static String withoutAccelerator(String text) {
        int tab = text.indexOf('\t');
        return tab < 0 ? text : text.substring(0, tab);
    }

    /**
     * Watches for the next JFace dialog from the event loop (a modal dialog runs its own loop, so
     * timer callbacks still arrive) and hands it to {@code answer}, which must close it. A dialog
     * that is still open after the answer, or one that shows up only after the patience ran out,
     * is closed, so the test fails on its assertions instead of hanging.
     */
    static final class DialogWatcher {

        private final Display display;
        private final Shell owner;
        private final Consumer<Shell> answer;
        private boolean answered;
        private boolean stopped;
        private int waitedMs;

        private DialogWatcher(Display display, Shell owner, Consumer<Shell> answer) {
            this.display = display;
            this.owner = owner;
            this.answer = answer;
        }

        static DialogWatcher start(Shell owner, Consumer<Shell> answer) {
            DialogWatcher watcher = new DialogWatcher(owner.getDisplay(), owner, answer);
            watcher.display.timerExec(POLL_MS, watcher::poll);
            return watcher;
        }

        private void poll() {
            if (stopped) {
                return;
            }
            Optional<Shell> dialog = openDialog();
            if (dialog.isPresent() && !answered) {
                answered = true;
                try {
                    answer.accept(dialog.get());
                } finally {
                    if (!dialog.get().isDisposed()) {
                        dialog.get().close();
                    }
                }
                return;
            }
            waitedMs += POLL_MS;
            if (waitedMs > PATIENCE_MS) {
                dialog.ifPresent(Shell::close);
                return;
            }
            display.timerExec(POLL_MS, this::poll);
        }

        private Optional<Shell> openDialog() {
            for (Shell shell : display.getShells()) {
                if (shell != owner && !shell.isDisposed() && shell.isVisible() && shell.getData() instanceof Dialog) {
                    return Optional.of(shell);
                }
            }
            return Optional.empty();
        }

        boolean answered() {
            return answered;
        }

        void stop() {
            stopped = true;
        }
    }
}
