package org.planstudio.ui.compare.view;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.planstudio.compare.ChangeKind;
import org.planstudio.compare.Comparison;
import org.planstudio.compare.ElementChange;
import org.planstudio.compare.Version;
import org.planstudio.report.ReportFormat;
import org.planstudio.report.Reports;
import org.planstudio.ui.compare.ElementNavigator;
import org.planstudio.ui.compare.internal.CompareMessages;

/**
 * Compare Revisions: what changed between two versions of a plan, element by element in plan order,
 * each changed field with its text before and after, marked. Double-click goes to the element in the
 * editor; the toolbar saves the same comparison as the 修改前后对照表.
 */
public final class CompareView extends ViewPart {

    public static final String ID = "org.planstudio.ui.compare.view";

    private Label header;
    private Label counts;
    private TreeViewer viewer;
    private Comparison comparison;
    private ElementNavigator navigator = ElementNavigator.NONE;
    private Action save;

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(area);
        header = new Label(area, SWT.WRAP);
        header.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        counts = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
        viewer = new TreeViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        column(CompareMessages.colElement, ChangeLabels.Column.ELEMENT, 260);
        column(CompareMessages.colChange, ChangeLabels.Column.CHANGE, 110);
        column(CompareMessages.colField, ChangeLabels.Column.FIELD, 200);
        column(CompareMessages.colBefore, ChangeLabels.Column.BEFORE, 380);
        column(CompareMessages.colAfter, ChangeLabels.Column.AFTER, 380);
        viewer.setContentProvider(new ChangeNodes());
        viewer.addDoubleClickListener(e -> goTo((IStructuredSelection) e.getSelection()));
        getSite().setSelectionProvider(viewer);
        save = new Action(CompareMessages.saveReport) {
            @Override
            public void run() {
                saveReport();
            }
        };
        save.setToolTipText(CompareMessages.saveReportTooltip);
        save.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(save);
        getViewSite().getActionBars().getMenuManager().add(save);
        header.setText(CompareMessages.empty);
    }

    private void column(String title, ChangeLabels.Column which, int width) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setResizable(true);
        column.setLabelProvider(new ChangeLabels(which, viewer.getControl().getDisplay()));
    }

    /** Shows a comparison; {@code navigator} takes double-clicks to the editor. */
    public void show(Comparison shown, ElementNavigator goTo) {
        this.comparison = Objects.requireNonNull(shown, "shown");
        this.navigator = Objects.requireNonNull(goTo, "goTo");
        header.setText(NLS.bind(CompareMessages.header, new Object[] { shown.planTitle(), shown.planId(),
                version(shown.from()), version(shown.to()) }));
        counts.setText(shown.isEmpty() ? CompareMessages.nothing
                : NLS.bind(CompareMessages.counts, new Object[] { shown.count(ChangeKind.ADDED),
                        shown.count(ChangeKind.REMOVED), shown.count(ChangeKind.MOVED), shown.count(ChangeKind.CHANGED) }));
        viewer.setInput(shown);
        viewer.expandAll();
        save.setEnabled(true);
        header.getParent().layout(true, true);
    }

    public Comparison comparison() {
        return comparison;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    private static String version(Version version) {
        return version.baseline().map(b -> NLS.bind(CompareMessages.versionBaseline, version.revision(), b))
                .orElseGet(() -> NLS.bind(CompareMessages.versionShort, version.revision()));
    }

    void goTo(IStructuredSelection selection) {
        if (selection.isEmpty() || comparison == null) {
            return;
        }
        ElementChange element = ChangeNodes.elementOf(selection.getFirstElement());
        String target = element.is(ChangeKind.REMOVED) ? element.anchorId() : element.elementId();
        if (!navigator.reveal(comparison.planId(), target)) {
            MessageDialog.openInformation(getSite().getShell(), CompareMessages.notInPlanTitle,
                    NLS.bind(CompareMessages.notInPlan, element.label()));
        }
    }

    private void saveReport() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.docx", "*.html" });
        dialog.setFileName(comparison.planId() + "-compare-r" + comparison.from().revision() + "-r"
                + comparison.to().revision() + ".docx");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        ReportFormat format = chosen.toLowerCase(Locale.ROOT).endsWith(".html") ? ReportFormat.HTML : ReportFormat.DOCX;
        Comparison shown = comparison;
        Job job = Job.create(NLS.bind(CompareMessages.writing, file.getFileName()), monitor -> {
            try {
                Reports.write(Reports.comparison(shown), format, file);
                return Status.OK_STATUS;
            } catch (java.io.IOException | RuntimeException e) {
                getSite().getShell().getDisplay().asyncExec(() -> MessageDialog.openError(getSite().getShell(),
                        CompareMessages.saveReport, NLS.bind(CompareMessages.writeFailed, file, e.getMessage())));
                return Status.CANCEL_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

}
