package org.planstudio.ui.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

public final class PlanStudioPerspective implements IPerspectiveFactory {

    public static final String ID = "org.planstudio.ui.perspective";
    public static final String NAVIGATOR_VIEW_ID = "org.planstudio.ui.navigator";
    public static final String REGISTRIES_VIEW_ID = "org.planstudio.ui.registries";
    public static final String PROBLEMS_VIEW_ID = "org.planstudio.ui.problems";
    public static final String MATRIX_VIEW_ID = "org.planstudio.ui.matrix";
    public static final String DASHBOARD_VIEW_ID = "org.planstudio.ui.dashboard";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.addView(NAVIGATOR_VIEW_ID, IPageLayout.LEFT, 0.28f, editorArea);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
        bottom.addView(PROBLEMS_VIEW_ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(REGISTRIES_VIEW_ID);
        bottom.addView(MATRIX_VIEW_ID);
        bottom.addView(DASHBOARD_VIEW_ID);
        layout.addShowViewShortcut(NAVIGATOR_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(PROBLEMS_VIEW_ID);
        layout.addShowViewShortcut(REGISTRIES_VIEW_ID);
        layout.addShowViewShortcut(MATRIX_VIEW_ID);
        layout.addShowViewShortcut(DASHBOARD_VIEW_ID);
    }
}
