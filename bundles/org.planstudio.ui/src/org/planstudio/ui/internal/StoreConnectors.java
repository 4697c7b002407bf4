package org.planstudio.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchWindow;

/** The contributed {@link StoreConnector}, if any (the first; a product installs one). */
public final class StoreConnectors {

    static final String EXTENSION_POINT = "org.planstudio.ui.storeConnector";

    private StoreConnectors() {
    }

    /** @return false when the user chose not to connect now */
    public static boolean connect(IWorkbenchWindow window) {
        if (Platform.getExtensionRegistry() == null) {
            return true;
        }
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                return ((StoreConnector) element.createExecutableExtension("class")).connect(window);
            } catch (CoreException | ClassCastException e) {
                // A broken connector leaves the workbench on its embedded database, which still works.
                ILog.of(StoreConnectors.class).error("store connector of " + element.getContributor().getName(), e);
            }
        }
        return true;
    }
}
