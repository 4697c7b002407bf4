package org.planstudio.ui.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Finding widgets in the tests' dialogs, and saving them as pictures for docs/images. */
final class Screens {

    private Screens() {
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    static List<Control> all(Composite root) {
        List<Control> found = new ArrayList<>();
        for (Control child : root.getChildren()) {
            found.add(child);
            if (child instanceof Composite composite) {
                found.addAll(all(composite));
            }
        }
        return found;
    }

    static <T extends Control> Optional<T> find(Composite root, Class<T> type, Predicate<T> test) {
        return all(root).stream().filter(type::isInstance).map(type::cast).filter(test).findFirst();
    }

    /** With PLANSTUDIO_SCREENSHOT_DIR in the environment, {@code shell} is saved there as {@code name}-LANG.png. */
    static void save(Shell shell, String name) throws Exception {
        String folder = System.getenv("PLANSTUDIO_SCREENSHOT_DIR");
        if (folder == null) {
            return;
        }
        processEvents();
        var size = shell.getSize();
        Image image = new Image(shell.getDisplay(), size.x, size.y);
        GC gc = new GC(shell);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Files.createDirectories(Path.of(folder));
            String language = java.util.Locale.getDefault().getLanguage();
            loader.save(Path.of(folder, name + "-" + language + ".png").toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
