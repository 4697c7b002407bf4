package org.planstudio.ui.internal;

import org.eclipse.ui.IWorkbenchWindow;

/**
 * Chooses the database the workbench works on when it starts, before the first plan opens
 * (extension point {@code org.planstudio.ui.storeConnector}; without one the workbench works on
 * embedded Derby). Runs on the UI thread: it may ask the user, and must open the store off it.
 */
public interface StoreConnector {

    /**
     * @return false when the user chose not to connect now: the workbench then starts without a
     *         plan (File &gt; Open Plan and the connector's own commands stay available)
     */
    boolean connect(IWorkbenchWindow window);
}
