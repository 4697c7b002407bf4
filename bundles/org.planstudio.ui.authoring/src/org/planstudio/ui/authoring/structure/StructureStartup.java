package org.planstudio.ui.authoring.structure;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.planstudio.ui.navigator.PlanNavigatorView;

/**
 * Gives the navigator drag and drop, and Undo/Redo while it is active. The navigator lives in org.planstudio.ui, which must not
 * depend on this bundle, so this bundle attaches itself to every navigator that opens.
 */
public final class StructureStartup implements IStartup {

    private static final String INSTALLED = "org.planstudio.ui.authoring.dnd";

    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof PlanNavigatorView navigator) {
                attach(navigator);
            }
        }
    };

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            workbench.addWindowListener(new IWindowListener() {
                @Override
                public void windowOpened(IWorkbenchWindow window) {
                    watch(window);
                }

                @Override
                public void windowActivated(IWorkbenchWindow window) {
                }

                @Override
                public void windowDeactivated(IWorkbenchWindow window) {
                }

                @Override
                public void windowClosed(IWorkbenchWindow window) {
                }
            });
            for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
                watch(window);
            }
        });
    }

    private void watch(IWorkbenchWindow window) {
        window.getPartService().addPartListener(parts);
        for (IWorkbenchPage page : window.getPages()) {
            if (page.findView(PlanNavigatorView.ID) instanceof PlanNavigatorView navigator) {
                attach(navigator);
            }
        }
    }

    static void attach(PlanNavigatorView navigator) {
        if (navigator.viewer() != null && !navigator.viewer().getControl().isDisposed()
                && navigator.viewer().getControl().getData(INSTALLED) == null) {
            navigator.viewer().getControl().setData(INSTALLED, Boolean.TRUE);
            NavigatorDragAndDrop.install(navigator);
            NavigatorUndo.install(navigator);
        }
    }
}
