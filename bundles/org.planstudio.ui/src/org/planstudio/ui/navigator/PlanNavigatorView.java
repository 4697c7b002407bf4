package org.planstudio.ui.navigator;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.planstudio.edit.ui.ItemPropertySourceProvider;
import org.planstudio.model.plan.Plan;
import org.planstudio.ui.editor.PlanEditor;

/**
 * The structure of the plan in the active editor, like an outline: parts of the document, task
 * areas with their tasks, goals with their indicators, registries and the drafting record.
 */
public final class PlanNavigatorView extends ViewPart {

    public static final String ID = "org.planstudio.ui.navigator";

    private TreeViewer viewer;
    private PlanEditor editor;
    private boolean refreshScheduled;
    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                scheduleRefresh();
            }
        }
    };
    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof PlanEditor planEditor) {
                track(planEditor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                track(findOtherEditor().orElse(null));
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new PlanContentProvider());
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(editorTracker);
        IEditorPart active = getSite().getPage().getActiveEditor();
        track(active instanceof PlanEditor planEditor ? planEditor : findOtherEditor().orElse(null));
    }

    private Optional<PlanEditor> findOtherEditor() {
        for (var ref : getSite().getPage().getEditorReferences()) {
            if (ref.getEditor(false) instanceof PlanEditor planEditor && planEditor != editor) {
                return Optional.of(planEditor);
            }
        }
        return Optional.empty();
    }

    private void track(PlanEditor next) {
        if (next == editor || viewer.getControl().isDisposed()) {
            return;
        }
        if (editor != null) {
            editor.getPlan().eAdapters().remove(modelListener);
        }
        editor = next;
        if (editor == null) {
            viewer.setInput(null);
            return;
        }
        Plan plan = editor.getPlan();
        if (viewer.getLabelProvider() != null) {
            viewer.getLabelProvider().dispose();
        }
        viewer.setLabelProvider(new PlanLabelProvider(editor.getAdapterFactory()));
        viewer.setInput(List.of(plan));
        plan.eAdapters().add(modelListener);
        viewer.expandToLevel(2);
        viewer.expandToLevel(new NavigatorGroup(plan, NavigatorGroup.Kind.KEY_TASKS), 2);
    }

    private void scheduleRefresh() {
        if (refreshScheduled) {
            return;
        }
        refreshScheduled = true;
        viewer.getControl().getDisplay().asyncExec(() -> {
            refreshScheduled = false;
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
            }
        });
    }

    /** Selects and shows an element of the tracked plan; false if it is not in the tree. */
    public boolean reveal(Object element) {
        if (editor == null) {
            return false;
        }
        viewer.setSelection(new StructuredSelection(element), true);
        return !viewer.getStructuredSelection().isEmpty();
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            // The Properties view keeps one page per part, so the page asks for the editor tracked now.
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(object -> editor == null ? null
                    : new ItemPropertySourceProvider(editor.getAdapterFactory()).getPropertySource(object));
            return adapter.cast(page);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorTracker);
        if (editor != null) {
            editor.getPlan().eAdapters().remove(modelListener);
        }
        super.dispose();
    }
}
