package org.planstudio.ui.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.ReportingPeriodKind;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.text.PlanClock;
import org.planstudio.model.text.PlanDates;
import org.planstudio.supervision.Light;
import org.planstudio.supervision.Lights;
import org.planstudio.supervision.Periods;
import org.planstudio.supervision.Refusal;
import org.planstudio.supervision.SupervisionCommands;
import org.planstudio.supervision.SupervisionRules;
import org.planstudio.supervision.TaskLight;
import org.planstudio.supervision.UpdatesDue;
import org.planstudio.ui.editor.ActivePlanTracker;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.tables.Column;
import org.planstudio.ui.tables.PlanTable;
import org.planstudio.ui.tables.TableFactory;

/**
 * The supervising office's view of the plan shown in the editor: every task with its light for a
 * reporting period (dot and word), filters by unit, area and light, the supervision actions (each
 * one undoable command on the editor's stack) and the updates still due per unit.
 */
public final class SupervisionView extends ViewPart {

    public static final String ID = "org.planstudio.ui.supervision.view";

    private final SupervisionRules rules = SupervisionRules.defaults();
    private ActivePlanTracker tracker;
    private Combo periodCombo;
    private Combo unitCombo;
    private Combo areaCombo;
    private Combo lightCombo;
    private Label summary;
    private Button generate;
    private PlanTable<Row> table;
    private PlanTable<UpdatesDue.Due> dueTable;
    private List<ReportingPeriod> periods = List.of();
    private List<Organization> units = List.of();
    private List<TaskArea> areas = List.of();
    private Optional<Plan> shownPlan = Optional.empty();
    private SupervisionActions actions;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite filters = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        GridLayoutFactory.fillDefaults().numColumns(9).applyTo(filters);
        periodCombo = combo(filters, Messages.View_period);
        unitCombo = combo(filters, Messages.View_unit);
        areaCombo = combo(filters, Messages.View_area);
        lightCombo = combo(filters, Messages.View_light);
        lightCombo.setItems(Messages.View_all, label(Light.RED), label(Light.YELLOW), label(Light.GREEN));
        lightCombo.select(0);
        generate = new Button(filters, SWT.PUSH);
        generate.setText(Messages.View_generate);
        generate.addListener(SWT.Selection, e -> generatePeriods());
        summary = new Label(filters, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(9, 1).applyTo(summary);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = TableFactory.create(sash, columns(), r -> r.task().getId(), this::execute);
        LightColours.install(table, 0, Row::lightValue);
        Composite dueArea = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(0, 4).applyTo(dueArea);
        new Label(dueArea, SWT.NONE).setText(Messages.View_due);
        dueTable = TableFactory.create(dueArea, dueColumns(), d -> d.unit().getId() + "/" + d.task().getId(), c -> {
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(dueTable.natTable());
        sash.setWeights(70, 30);
        getSite().setSelectionProvider(table.selection());

        actions = new SupervisionActions(this);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
        table.natTable().setMenu(menu.createContextMenu(table.natTable()));
        fillMenu(getViewSite().getActionBars().getMenuManager());
        table.onOpen(row -> actions.updateProgress(row));

        tracker = new ActivePlanTracker(getSite().getPage(), editor -> refreshAll(), this::refreshAll);
        tracker.start();
    }

    private void fillMenu(IMenuManager manager) {
        for (Action action : actions.all()) {
            if (action == null) {
                manager.add(new Separator());
            } else {
                manager.add(action);
            }
        }
    }

    private Combo combo(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.swtDefaults().hint(170, SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Selection, e -> refreshRows());
        return combo;
    }

    private static String label(Light light) {
        return light.label(Locale.getDefault());
    }

    private static List<Column<Row>> columns() {
        return List.of(Column.readOnly("light", Messages.Column_light, 80, Row::lightText),
                Column.readOnly("task", Messages.Column_task, 320, Row::taskText),
                Column.readOnly("area", Messages.Column_area, 160, Row::areaText),
                Column.readOnly("units", Messages.Column_units, 180, Row::unitsText),
                Column.readOnly("deadline", Messages.Column_deadline, 170, Row::deadlineText),
                Column.readOnly("flags", Messages.Column_flags, 180, Row::flagsText),
                Column.readOnly("percent", Messages.Column_percent, 80, Row::percentText),
                Column.readOnly("expected", Messages.Column_expected, 80, Row::expectedText),
                Column.readOnly("update", Messages.Column_update, 90, Row::updateText),
                Column.readOnly("contributions", Messages.Column_contributions, 200, Row::contributionsText),
                Column.readOnly("notice", Messages.Column_notice, 170, Row::noticeText));
    }

    private static List<Column<UpdatesDue.Due>> dueColumns() {
        return List.of(Column.readOnly("unit", Messages.Column_dueUnit, 200, d -> ModelLabels.element(d.unit())),
                Column.readOnly("task", Messages.Column_dueTask, 360, d -> ModelLabels.element(d.task())),
                Column.readOnly("due", Messages.Column_dueDate, 110, d -> PlanDates.format(PlanDates.toDate(d.reportDue()))),
                Column.readOnly("late", Messages.Column_dueLate, 90, d -> d.late() ? Messages.Due_late : Messages.Due_open));
    }

    Optional<PlanEditor> editor() {
        return tracker == null ? Optional.empty() : tracker.editor();
    }

    void execute(Command command) {
        editor().ifPresent(e -> e.getEditingDomain().getCommandStack().execute(command));
    }

    SupervisionRules rules() {
        return rules;
    }

    LocalDate today() {
        return PlanClock.today();
    }

    /** The period chosen in the view: by default the one being reported on today. */
    Optional<ReportingPeriod> period() {
        int index = periodCombo.getSelectionIndex();
        return index >= 0 && index < periods.size() ? Optional.of(periods.get(index)) : Optional.empty();
    }

    /** The rows shown now (after filters and sorting), for tests and actions. */
    public List<Row> rows() {
        return table.visibleRows();
    }

    public List<UpdatesDue.Due> dueRows() {
        return dueTable.visibleRows();
    }

    public String summaryText() {
        return summary.getText();
    }

    /** Filters by light (index into Red, Yellow, Green; -1 for all), as the combo does. */
    public void filterLight(int index) {
        lightCombo.select(index + 1);
        refreshRows();
    }

    public void select(Row row) {
        table.selection().setSelection(new org.eclipse.jface.viewers.StructuredSelection(row));
    }

    Optional<Row> selected() {
        Object first = ((IStructuredSelection) table.selection().getSelection()).getFirstElement();
        return first instanceof Row row ? Optional.of(row) : Optional.empty();
    }

    /** What the Generate Periods button does, for tests. */
    void generatePeriodsForTest() {
        generatePeriods();
    }

    private void generatePeriods() {
        editor().ifPresent(e -> {
            try {
                SupervisionCommands.generatePeriods(e.getEditingDomain(), e.getPlan(), ReportingPeriodKind.QUARTERLY, rules)
                        .ifPresent(this::execute);
            } catch (Refusal refusal) {
                actions.refused(refusal);
            }
        });
    }

    private void refreshAll() {
        if (periodCombo == null || periodCombo.isDisposed()) {
            return;
        }
        Optional<Plan> plan = editor().map(PlanEditor::getPlan);
        String chosenPeriod = period().map(ReportingPeriod::getId).orElse(null);
        boolean samePlan = plan.equals(shownPlan);
        shownPlan = plan;
        periods = plan.map(Periods::of).orElse(List.of());
        periodCombo.setItems(periods.stream().map(p -> Periods.label(p, Locale.getDefault())).toArray(String[]::new));
        int select = -1;
        for (int i = 0; i < periods.size(); i++) {
            if (samePlan && periods.get(i).getId().equals(chosenPeriod)) {
                select = i;
            }
        }
        if (select < 0 && plan.isPresent()) {
            Optional<ReportingPeriod> current = Periods.lastDue(plan.get(), today());
            select = current.map(periods::indexOf).orElse(periods.isEmpty() ? -1 : 0);
        }
        if (select >= 0) {
            periodCombo.select(select);
        }
        units = plan.map(p -> List.copyOf(p.getOrganizations())).orElse(List.of());
        refill(unitCombo, units.stream().map(ModelLabels::element).toList(), samePlan);
        areas = plan.map(p -> List.copyOf(p.getTaskAreas())).orElse(List.of());
        refill(areaCombo, areas.stream().map(ModelLabels::element).toList(), samePlan);
        generate.setVisible(plan.isPresent() && periods.isEmpty());
        refreshRows();
        periodCombo.getParent().layout(true);
    }

    private static void refill(Combo combo, List<String> names, boolean keep) {
        int previous = keep ? combo.getSelectionIndex() : 0;
        List<String> items = new ArrayList<>();
        items.add(Messages.View_all);
        items.addAll(names);
        combo.setItems(items.toArray(String[]::new));
        combo.select(previous >= 0 && previous < items.size() ? previous : 0);
    }

    void refreshRows() {
        Optional<Plan> plan = shownPlan;
        Optional<ReportingPeriod> period = period();
        if (plan.isEmpty() || period.isEmpty()) {
            table.setRows(List.of());
            dueTable.setRows(List.of());
            summary.setText(plan.isEmpty() ? Messages.View_noPlan : Messages.View_noPeriods);
            table.refresh();
            return;
        }
        List<TaskLight> lights = Lights.evaluate(plan.get(), period.get(), today(), rules);
        Optional<Organization> unit = chosen(unitCombo, units);
        Optional<TaskArea> area = chosen(areaCombo, areas);
        int lightIndex = lightCombo.getSelectionIndex();
        Optional<Light> light = lightIndex <= 0 ? Optional.empty()
                : Optional.of(List.of(Light.RED, Light.YELLOW, Light.GREEN).get(lightIndex - 1));
        List<Row> rows = lights.stream().map(l -> Row.of(plan.get(), l))
                .filter(r -> unit.map(u -> r.task().getLeadUnits().contains(u)).orElse(true))
                .filter(r -> area.map(a -> r.area().filter(a::equals).isPresent()).orElse(true))
                .filter(r -> light.map(l -> r.lightValue() == l).orElse(true))
                // Red first, then yellow, then green; plan order within each (the sort is stable).
                .sorted(java.util.Comparator.comparing(Row::lightValue).reversed()).toList();
        table.setRows(rows);
        table.refresh();
        long red = rows.stream().filter(r -> r.lightValue() == Light.RED).count();
        long yellow = rows.stream().filter(r -> r.lightValue() == Light.YELLOW).count();
        summary.setText(NLS.bind(Messages.View_summary,
                new Object[] { rows.size(), red, yellow, rows.size() - red - yellow }));
        List<UpdatesDue.Due> due = UpdatesDue.byUnit(plan.get(), period.get(), today()).values().stream()
                .flatMap(List::stream).filter(d -> unit.map(u -> d.unit() == u).orElse(true)).toList();
        dueTable.setRows(due);
        dueTable.refresh();
        summary.getParent().layout(true);
    }

    private static <T> Optional<T> chosen(Combo combo, List<T> values) {
        int index = combo.getSelectionIndex() - 1;
        return index >= 0 && index < values.size() ? Optional.of(values.get(index)) : Optional.empty();
    }

    @Override
    public void setFocus() {
        table.natTable().setFocus();
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.stop();
        }
        super.dispose();
    }
}
