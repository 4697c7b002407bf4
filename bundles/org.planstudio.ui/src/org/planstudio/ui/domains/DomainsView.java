package org.planstudio.ui.domains;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.planstudio.domain.DomainProblem;
import org.planstudio.domain.DomainRegistry;
import org.planstudio.domain.DomainValidation;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.navigator.PlanNavigatorView;

/**
 * 领域插件 / Domains: the installed task areas with what each contributes, plug-ins that failed,
 * and the domain checks of the open plan (until the workbench has a Problems view). Double-click
 * a problem to go to its element.
 */
public final class DomainsView extends ViewPart {

    public static final String ID = "org.planstudio.ui.domains";

    private final DomainRegistry registry = DomainRegistry.shared();
    private final Runnable registryListener = this::scheduleRefresh;
    private final IPropertyListener saveListener = (source, property) -> {
        if (property == IEditorPart.PROP_DIRTY && source instanceof PlanEditor editor && !editor.isDirty()) {
            scheduleRefresh();
        }
    };
    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof PlanEditor editor) {
                editor.removePropertyListener(saveListener);
                editor.addPropertyListener(saveListener);
                scheduleRefresh();
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof PlanEditor editor) {
                editor.removePropertyListener(saveListener);
                scheduleRefresh();
            }
        }
    };
    private TreeViewer viewer;
    private boolean refreshScheduled;
    private List<Row> rows = List.of();

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((Row) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((Row) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Row) element).text();
            }

            @Override
            public Image getImage(Object element) {
                return ((Row) element).image().orElse(null);
            }
        });
        viewer.addDoubleClickListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Row row) {
                row.target().ifPresent(this::reveal);
            }
        });
        Action check = new Action(Messages.View_check) {
            @Override
            public void run() {
                refresh();
            }
        };
        check.setToolTipText(Messages.View_checkTooltip);
        check.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        getViewSite().getActionBars().getToolBarManager().add(check);
        registry.addListener(registryListener);
        getSite().getPage().addPartListener(editorTracker);
        if (getSite().getPage().getActiveEditor() instanceof PlanEditor editor) {
            editor.addPropertyListener(saveListener);
        }
        refresh();
    }

    private void reveal(Object element) {
        if (getSite().getPage().findView(PlanNavigatorView.ID) instanceof PlanNavigatorView navigator) {
            navigator.reveal(element);
        }
    }

    private void scheduleRefresh() {
        if (refreshScheduled || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        refreshScheduled = true;
        viewer.getControl().getDisplay().asyncExec(() -> {
            refreshScheduled = false;
            refresh();
        });
    }

    /** Re-reads the registry and re-runs the checks on the open plan. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        IEditorPart active = getSite().getPage().getActiveEditor();
        Optional<List<DomainProblem>> problems = active instanceof PlanEditor editor
                ? Optional.of(new DomainValidation(registry).check(editor.getPlan()))
                : Optional.empty();
        rows = DomainRows.build(registry, problems);
        viewer.setInput(rows);
        viewer.expandToLevel(2);
    }

    /** The lines shown, top level first, each followed by its children (for tests). */
    public List<String> lines() {
        return rows.stream().flatMap(row -> Stream.concat(Stream.of(row.text()),
                row.children().stream().map(Row::text))).toList();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        registry.removeListener(registryListener);
        getSite().getPage().removePartListener(editorTracker);
        if (getSite().getPage().getActiveEditor() instanceof PlanEditor editor) {
            editor.removePropertyListener(saveListener);
        }
        super.dispose();
    }
}
