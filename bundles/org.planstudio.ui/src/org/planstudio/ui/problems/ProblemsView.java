package org.planstudio.ui.problems;

import java.util.List;
import java.util.ArrayList;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.planstudio.domain.DomainValidation;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.PlanClock;
import org.planstudio.trace.GapAnalysis;
import org.planstudio.ui.editor.ActivePlanTracker;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.tables.Column;
import org.planstudio.ui.tables.PlanTable;
import org.planstudio.ui.tables.TableFactory;

/**
 * What the plan is missing or has let go stale (indicators no task serves, tasks without a lead
 * unit, suspect links …) and what the task-area plug-ins' checks find, recomputed as the plan
 * changes. Double-click or Enter goes to the element.
 */
public final class ProblemsView extends ViewPart {

    public static final String ID = "org.planstudio.ui.problems";

    private Label summary;
    private PlanTable<PlanProblem> table;
    private ActivePlanTracker tracker;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(parent);
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        new Label(parent, SWT.NONE).setText(Messages.Registry_search);
        Text search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(search);
        table = TableFactory.create(parent, columns(), PlanProblem::key, command -> {
        });
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(table.natTable());
        search.addModifyListener(e -> table.search(search.getText()));
        table.onOpen(problem -> tracker.editor().ifPresent(editor -> editor.reveal(problem.element())));
        getSite().setSelectionProvider(table.selection());
        tracker = new ActivePlanTracker(getSite().getPage(), this::show, this::refresh);
        tracker.start();
    }

    private static List<Column<PlanProblem>> columns() {
        return List.of(
                Column.readOnly("severity", Messages.Problems_severity, 80, problem -> problem.level().label()),
                Column.readOnly("kind", Messages.Problems_kind, 200, PlanProblem::kind),
                Column.readOnly("element", Messages.Problems_element, 280, problem -> ModelLabels.element(problem.element())),
                Column.readOnly("message", Messages.Problems_message, 560, PlanProblem::message));
    }

    private void show(Optional<PlanEditor> editor) {
        refresh();
    }

    private void refresh() {
        List<PlanProblem> problems = tracker.editor().map(editor -> check(editor.getPlan())).orElse(List.of());
        table.setRows(problems);
        table.refresh();
        long errors = problems.stream().filter(p -> p.level() == PlanProblem.Level.ERROR).count();
        long warnings = problems.stream().filter(p -> p.level() == PlanProblem.Level.WARNING).count();
        summary.setText(NLS.bind(Messages.Problems_summary, new Object[] { problems.size(), errors, warnings }));
        summary.getParent().layout();
    }

    /** The gap analysis, then the installed task-area plug-ins' checks. */
    private static List<PlanProblem> check(Plan plan) {
        List<PlanProblem> problems = new ArrayList<>();
        GapAnalysis.analyse(plan, PlanClock.today()).forEach(gap -> problems.add(PlanProblem.of(gap)));
        DomainValidation.validate(plan).forEach(problem -> problems.add(PlanProblem.of(problem)));
        return problems;
    }

    /** The problems shown now, for tests. */
    public List<PlanProblem> problems() {
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
