package org.planstudio.ui.domains;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.planstudio.domain.DomainRegistry;
import org.planstudio.domain.RegisteredDomain;
import org.planstudio.model.plan.KeyTask;

/** Each domain's icon as an SWT image, made once per display and freed with it. */
public final class DomainImages {

    private static final Map<String, Image> IMAGES = new HashMap<>();

    private DomainImages() {
    }

    public static Optional<Image> of(RegisteredDomain domain) {
        Display display = Display.getCurrent();
        if (display == null || domain.icon().isEmpty()) {
            return Optional.empty();
        }
        String key = domain.id() + "@" + domain.icon().get();
        Image image = IMAGES.get(key);
        if (image == null || image.isDisposed()) {
            image = ImageDescriptor.createFromURL(domain.icon().get()).createImage(false);
            if (image == null) {
                return Optional.empty();
            }
            if (IMAGES.isEmpty()) {
                display.disposeExec(DomainImages::disposeAll);
            }
            IMAGES.put(key, image);
        }
        return Optional.of(image);
    }

    /** The icon of the task's domain, if that domain is installed. */
    public static Optional<Image> forTask(KeyTask task) {
        return DomainRegistry.shared().find(task.getDomainId()).flatMap(DomainImages::of);
    }

    private static void disposeAll() {
        IMAGES.values().forEach(Image::dispose);
        IMAGES.clear();
    }
}
