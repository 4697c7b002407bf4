package org.planstudio.ui.docimport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.planstudio.docimport.ImportMapping;
import org.planstudio.docimport.MappedPart;
import org.planstudio.docimport.PartKind;

/**
 * Page 2: the tree of parts found, each with the element kind it becomes (changeable), the area
 * of each task (settable: a drafting explanation rarely says), and what will be created.
 */
final class PreviewPage extends WizardPage {

    private final ImportDocumentWizard wizard;
    private Label head;
    private Label summary;
    private TreeViewer viewer;

    PreviewPage(ImportDocumentWizard wizard) {
        super("preview");
        this.wizard = wizard;
        setTitle(Messages.PreviewPage_title);
        setDescription(Messages.PreviewPage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(area);
        head = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(860, SWT.DEFAULT).applyTo(head);
        viewer = new TreeViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(860, 330).applyTo(viewer.getTree());
        viewer.setContentProvider(new PartContentProvider());
        column(Messages.PreviewPage_part, 400, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                MappedPart part = (MappedPart) element;
                return part.source().isEmpty() ? part.title() : part.source() + " " + part.title();
            }

            @Override
            public String getToolTipText(Object element) {
                String text = ((MappedPart) element).text();
                return text.isEmpty() ? null : text.length() > 300 ? text.substring(0, 300) + "…" : text;
            }
        }).setEditingSupport(PartEditing.title(viewer, this::changed));
        column(Messages.PreviewPage_kind, 110, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((MappedPart) element).kind().label(Locale.getDefault());
            }
        }).setEditingSupport(PartEditing.kind(viewer, this::changed));
        column(Messages.PreviewPage_area, 210, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                MappedPart part = (MappedPart) element;
                if (part.kind() != PartKind.TASK) {
                    return "";
                }
                return wizard.mapping().flatMap(m -> m.areaOf(part)).map(MappedPart::title)
                        .orElse(Messages.PreviewPage_noArea);
            }
        }).setEditingSupport(PartEditing.area(viewer, () -> wizard.mapping(), this::changed));
        column(Messages.PreviewPage_details, 220, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return details((MappedPart) element);
            }
        }).setEditingSupport(PartEditing.units(viewer, this::changed));
        ColumnViewerToolTipSupport.enableFor(viewer);
        summary = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(860, SWT.DEFAULT).applyTo(summary);
        setControl(area);
    }

    private TreeViewerColumn column(String title, int width, ColumnLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
        return column;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            Optional<String> problem = wizard.load();
            Optional<ImportMapping> mapping = wizard.mapping();
            viewer.setInput(mapping.orElse(null));
            viewer.expandAll();
            mapping.ifPresentOrElse(this::describe, () -> {
                head.setText("");
                summary.setText("");
            });
            setErrorMessage(problem.orElse(null));
            setPageComplete(problem.isEmpty() && mapping.isPresent());
            head.getParent().layout(true, true);
        }
    }

    private void changed() {
        wizard.mapping().ifPresent(this::describe);
        viewer.refresh();
    }

    private void describe(ImportMapping mapping) {
        String none = Messages.PreviewPage_none;
        String period = mapping.startYear().isPresent() && mapping.endYear().isPresent()
                ? mapping.startYear().get() + "–" + mapping.endYear().get() : none;
        head.setText(NLS.bind(Messages.PreviewPage_head, new Object[] { mapping.title().isEmpty() ? none : mapping.title(),
                mapping.documentNumber().isEmpty() ? none : mapping.documentNumber(),
                mapping.issuers().isEmpty() ? none : String.join("、", mapping.issuers()), period }));
        summary.setText(summaryText(mapping));
    }

    static String summaryText(ImportMapping mapping) {
        long indicators = mapping.all(PartKind.INDICATOR).size();
        return NLS.bind(Messages.PreviewPage_summary, new Object[] {
                Math.min(1, mapping.all(PartKind.GUIDING_IDEOLOGY).size()), mapping.all(PartKind.PRINCIPLE).size(),
                Math.max(mapping.all(PartKind.GOAL).size(), indicators > 0 ? 1 : 0), indicators,
                Math.max(mapping.all(PartKind.TASK_AREA).size(), mapping.all(PartKind.TASK).isEmpty() ? 0 : 1),
                mapping.all(PartKind.TASK).size(), mapping.all(PartKind.SAFEGUARD).size(),
                mapping.all(PartKind.POLICY_REFERENCE).size(), mapping.all(PartKind.CONSULTATION).size(),
                mapping.all(PartKind.CONSIDERATION).size() });
    }

    private static String details(MappedPart part) {
        switch (part.kind()) {
        case INDICATOR:
            return NLS.bind(Messages.PreviewPage_target, new Object[] { part.target().map(Object::toString).orElse("?"),
                    part.unit().orElse(""), part.targetYear().map(String::valueOf).orElse("?") });
        case GOAL:
            return part.targetYear().map(String::valueOf).orElse("");
        case TASK:
            if (part.leadUnits().isEmpty() && part.supportingUnits().isEmpty()) {
                return "";
            }
            return NLS.bind(Messages.PreviewPage_units, String.join("\u3001", part.leadUnits()),
                    part.supportingUnits().isEmpty() ? Messages.PreviewPage_none
                            : String.join("\u3001", part.supportingUnits()));
        case CONSULTATION:
            List<String> bits = new java.util.ArrayList<>();
            part.date().ifPresent(day -> bits.add(day.toString()));
            part.participantCount().ifPresent(n -> bits.add(NLS.bind(Messages.PreviewPage_participants, n)));
            return bits.stream().collect(Collectors.joining("，"));
        default:
            return "";
        }
    }

    /** For tests: the tree as shown. */
    TreeViewer viewer() {
        return viewer;
    }

    String summary() {
        return summary.getText();
    }

    String head() {
        return head.getText();
    }
}
