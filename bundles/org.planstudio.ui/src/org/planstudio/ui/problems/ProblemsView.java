package org.planstudio.ui.problems;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.planstudio.trace.Gap;
import org.planstudio.trace.GapAnalysis;
import org.planstudio.trace.Severity;
import org.planstudio.ui.editor.ActivePlanTracker;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.tables.Column;
import org.planstudio.ui.tables.PlanTable;
import org.planstudio.ui.tables.TableFactory;

/**
 * What the plan is missing or has let go stale: indicators no task serves, tasks without a lead
 * unit, suspect links … recomputed as the plan changes. Double-click or Enter goes to the element.
 */
public final class ProblemsView extends ViewPart {

    public static final String ID = "org.planstudio.ui.problems";

    private Label summary;
    private PlanTable<Gap> table;
    private ActivePlanTracker tracker;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(parent);
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        new Label(parent, SWT.NONE).setText(Messages.Registry_search);
        Text search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(search);
        table = TableFactory.create(parent, columns(), gap -> gap.kind() + "|" + gap.element().getId(), command -> {
        });
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(table.natTable());
        search.addModifyListener(e -> table.search(search.getText()));
        table.onOpen(gap -> tracker.editor().ifPresent(editor -> editor.reveal(gap.element())));
        getSite().setSelectionProvider(table.selection());
        tracker = new ActivePlanTracker(getSite().getPage(), this::show, this::refresh);
        tracker.start();
    }

    private static List<Column<Gap>> columns() {
        return List.of(
                Column.readOnly("severity", Messages.Problems_severity, 80, gap -> gap.severity().label(Locale.getDefault())),
                Column.readOnly("kind", Messages.Problems_kind, 200, gap -> gap.kind().label(Locale.getDefault())),
                Column.readOnly("element", Messages.Problems_element, 280, gap -> ModelLabels.element(gap.element())),
                Column.readOnly("message", Messages.Problems_message, 560, Gap::message));
    }

    private void show(Optional<PlanEditor> editor) {
        refresh();
    }

    private void refresh() {
        List<Gap> gaps = tracker.editor().map(editor -> GapAnalysis.analyse(editor.getPlan(), LocalDate.now())).orElse(List.of());
        table.setRows(gaps);
        table.refresh();
        long errors = gaps.stream().filter(g -> g.severity() == Severity.ERROR).count();
        long warnings = gaps.stream().filter(g -> g.severity() == Severity.WARNING).count();
        summary.setText(NLS.bind(Messages.Problems_summary, new Object[] { gaps.size(), errors, warnings }));
        summary.getParent().layout();
    }

    /** The problems shown now, for tests. */
    public List<Gap> problems() {
        return table.visibleRows();
    }

    @Override
    public void setFocus() {
        table.natTable().setFocus();
    }

    @Override
    public void dispose() {
        tracker.stop();
        super.dispose();
    }
}
