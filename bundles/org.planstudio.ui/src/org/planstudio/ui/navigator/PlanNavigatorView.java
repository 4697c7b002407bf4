package org.planstudio.ui.navigator;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.planstudio.edit.ui.ItemPropertySourceProvider;
import org.planstudio.model.plan.Plan;
import org.planstudio.ui.editor.ActivePlanTracker;
import org.planstudio.ui.editor.PlanEditor;

/**
 * The structure of the plan in the active editor, like an outline: parts of the document, task
 * areas with their tasks, goals with their indicators, registries and the drafting record.
 */
public final class PlanNavigatorView extends ViewPart {

    public static final String ID = "org.planstudio.ui.navigator";

    private TreeViewer viewer;
    private ActivePlanTracker tracker;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new PlanContentProvider());
        getSite().setSelectionProvider(viewer);
        // Empty here: structure editing (org.planstudio.ui.authoring) and others contribute to it.
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        tracker = new ActivePlanTracker(getSite().getPage(), this::show, this::refresh);
        tracker.start();
    }

    private void show(Optional<PlanEditor> editor) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (editor.isEmpty()) {
            viewer.setInput(null);
            return;
        }
        Plan plan = editor.get().getPlan();
        if (viewer.getLabelProvider() != null) {
            viewer.getLabelProvider().dispose();
        }
        viewer.setLabelProvider(new PlanLabelProvider(editor.get().getAdapterFactory()));
        viewer.setInput(List.of(plan));
        viewer.expandToLevel(2);
        viewer.expandToLevel(new NavigatorGroup(plan, NavigatorGroup.Kind.KEY_TASKS), 2);
    }

    private void refresh() {
        if (!viewer.getControl().isDisposed()) {
            viewer.refresh();
        }
    }

    /** Selects and shows an element of the tracked plan; false if it is not in the tree. */
    public boolean reveal(Object element) {
        if (tracker.editor().isEmpty()) {
            return false;
        }
        viewer.setSelection(new StructuredSelection(element), true);
        return !viewer.getStructuredSelection().isEmpty();
    }

    /** Selects and shows the elements, e.g. after they were moved or pasted. */
    public void reveal(List<?> elements) {
        if (tracker.editor().isPresent() && !elements.isEmpty()) {
            viewer.setSelection(new StructuredSelection(elements), true);
        }
    }

    /** The editor whose plan is shown. */
    public Optional<PlanEditor> editor() {
        return tracker.editor();
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            // The Properties view keeps one page per part, so the page asks for the editor tracked now.
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(object -> tracker.editor()
                    .map(e -> new ItemPropertySourceProvider(e.getAdapterFactory()).getPropertySource(object)).orElse(null));
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
        tracker.stop();
        super.dispose();
    }
}
