package org.planstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.store.PlanStore;
import org.planstudio.ui.compare.ConflictDialog;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.testing.Workbench;

/**
 * Two people on the sample plan, as the editor tests play them: the user edits in the editor, the
 * other user saves through the workbench's store (a second workbench on one embedded database is
 * not possible), and the conflict dialog is answered from inside its own event loop.
 */
final class OtherUser {

    static final String PLAN = "bj-bri-2024";

    private OtherUser() {
    }

    /** The user types a task title in the editor (one undoable command, unsaved). */
    static void setTitle(PlanEditor editor, int number, String zh) {
        KeyTask task = task(editor.getPlan(), number);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                task.getTitle(), PlanPackage.Literals.LOCALIZED_TEXT__ZH, zh));
        Workbench.processEvents();
        assertTrue(editor.isDirty());
    }

    /** The other user loads the latest revision, changes it and saves it; the new revision's number. */
    static int saves(String author, Consumer<Plan> edit) throws Exception {
        PlanStore store = StoreAccess.store();
        var latest = store.loadLatest(PLAN).orElseThrow();
        edit.accept(latest.plan());
        return store.save(latest.plan(), latest.revision().revision(), author, "");
    }

    static KeyTask task(Plan plan, int number) {
        return PlanQueries.tasks(plan).stream().filter(t -> t.getNumber() == number).findFirst().orElseThrow();
    }

    /** Runs {@code action} inside the dialog's own event loop once it is open. */
    static void whenDialogOpens(Consumer<ConflictDialog> action) {
        Display display = Display.getCurrent();
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell.getData() instanceof ConflictDialog dialog && shell.isVisible()) {
                        action.accept(dialog);
                        return;
                    }
                }
                display.timerExec(100, this);
            }
        };
        display.timerExec(100, poll);
    }

    static void press(Shell shell, int buttonId) {
        find(shell, buttonId).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static Button find(Control control, int buttonId) {
        if (control instanceof Button b && Integer.valueOf(buttonId).equals(b.getData())) {
            return b;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = find(child, buttonId);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** With PLANSTUDIO_SCREENSHOT=FILE.png in the environment the shell is saved there (docs/images/). */
    static void screenshot(Shell shell) {
        // An environment variable reaches the forked test runtime without touching the build's argLine.
        String target = System.getenv("PLANSTUDIO_SCREENSHOT");
        if (target == null) {
            return;
        }
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // paint before copying
        }
        var size = shell.getSize();
        Image image = new Image(display, size.x, size.y);
        GC gc = new GC(shell);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image.getImageData()};
        loader.save(target, SWT.IMAGE_PNG);
        image.dispose();
    }
}
