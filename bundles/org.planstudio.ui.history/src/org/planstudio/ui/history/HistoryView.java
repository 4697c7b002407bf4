package org.planstudio.ui.history;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.part.ViewPart;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.FieldChange;
import org.planstudio.store.HistoryQuery;
import org.planstudio.store.StoreException;
import org.planstudio.ui.editor.ActivePlanTracker;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.tables.Column;
import org.planstudio.ui.tables.PlanTable;
import org.planstudio.ui.tables.TableFactory;

/**
 * Who changed what, when: the field-level audit trail of the element selected in the navigator or
 * the editor, or of the whole plan (toggle), filtered by person, dates and element kind. Read in a
 * job; shows what is saved, so it reloads when the editor saves.
 */
public final class HistoryView extends ViewPart {

    public static final String ID = "org.planstudio.ui.history.view";

    private ActivePlanTracker tracker;
    private Button wholePlan;
    private Text person;
    private Text from;
    private Text to;
    private Combo kind;
    private Label status;
    private PlanTable<HistoryRow> table;
    private Optional<PlanEditor> editor = Optional.empty();
    private Optional<String> element = Optional.empty();
    private List<String> kinds = List.of();
    private List<HistoryRow> rows = List.of();
    private Job loading;
    private int generation;

    private final ISelectionListener selectionListener = this::selectionChanged;
    private final org.eclipse.ui.IPropertyListener dirtyListener = (source, property) -> {
        if (property == IWorkbenchPartConstants.PROP_DIRTY && source instanceof PlanEditor e && !e.isDirty()) {
            reload(); // a save: the history has new entries
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite filters = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        GridLayoutFactory.fillDefaults().numColumns(11).applyTo(filters);
        wholePlan = new Button(filters, SWT.CHECK);
        wholePlan.setText(Messages.View_wholePlan);
        wholePlan.addListener(SWT.Selection, e -> reload());
        person = text(filters, Messages.View_person, 110);
        from = text(filters, Messages.View_from, 90);
        to = text(filters, Messages.View_to, 90);
        new Label(filters, SWT.NONE).setText(Messages.View_kind);
        kind = new Combo(filters, SWT.READ_ONLY);
        GridDataFactory.swtDefaults().hint(150, SWT.DEFAULT).applyTo(kind);
        kind.setItems(Messages.View_all);
        kind.select(0);
        kind.addListener(SWT.Selection, e -> reload());
        Button apply = new Button(filters, SWT.PUSH);
        apply.setText(Messages.View_apply);
        apply.addListener(SWT.Selection, e -> reload());
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        table = TableFactory.create(parent, columns(), HistoryRow::id, command -> {
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.natTable());
        getSite().setSelectionProvider(table.selection());

        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
        table.natTable().setMenu(menu.createContextMenu(table.natTable()));
        fillMenu(getViewSite().getActionBars().getMenuManager());

        getSite().getPage().addPostSelectionListener(selectionListener);
        tracker = new ActivePlanTracker(getSite().getPage(), this::editorChanged, () -> {
        });
        tracker.start();
        selectionChanged(null, getSite().getPage().getSelection());
    }

    private static Text text(Composite parent, String label, int width) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.swtDefaults().hint(width, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void fillMenu(IMenuManager manager) {
        manager.add(action(Messages.View_refresh, this::reload));
        manager.add(action(Messages.View_export, this::chooseExport));
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private static List<Column<HistoryRow>> columns() {
        return List.of(Column.readOnly("when", Messages.Column_when, 150, HistoryRow::when),
                Column.readOnly("who", Messages.Column_who, 90, HistoryRow::who),
                Column.readOnly("element", Messages.Column_element, 240, HistoryRow::element),
                Column.readOnly("field", Messages.Column_field, 130, HistoryRow::field),
                Column.readOnly("old", Messages.Column_old, 220, HistoryRow::oldValue),
                Column.readOnly("new", Messages.Column_new, 220, HistoryRow::newValue),
                Column.readOnly("revision", Messages.Column_revision, 70, HistoryRow::revision));
    }

    private void editorChanged(Optional<PlanEditor> next) {
        editor.ifPresent(e -> e.removePropertyListener(dirtyListener));
        editor = next;
        editor.ifPresent(e -> e.addPropertyListener(dirtyListener));
        element = Optional.empty();
        reload();
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured)
                || !(structured.getFirstElement() instanceof Identified identified) || identified.getId() == null) {
            return;
        }
        Optional<String> next = Optional.of(identified.getId());
        if (!next.equals(element)) {
            element = next;
            if (!wholePlan.getSelection()) {
                reload();
            }
        }
    }

    /** Shows the whole plan's history (true) or the selected element's, as the check box does. */
    public void showWholePlan(boolean plan) {
        wholePlan.setSelection(plan);
        reload();
    }

    /** Sets the filters as a person would type them, and reloads. */
    public void filter(String who, String start, String end) {
        person.setText(who);
        from.setText(start);
        to.setText(end);
        reload();
    }

    /** Reads the history again in a job; results of an older read that come late are dropped. */
    public void reload() {
        if (status == null || status.isDisposed()) {
            return;
        }
        int mine = ++generation;
        Optional<String> planId = editor.map(PlanEditor::getPlan).map(Plan::getId);
        if (planId.isEmpty()) {
            show(mine, List.of(), Messages.View_noPlan);
            return;
        }
        HistoryQuery query = HistoryQuery.of(planId.get());
        boolean ofPlan = wholePlan.getSelection() || element.isEmpty();
        if (!ofPlan) {
            query = query.element(element.get());
        }
        int kindIndex = kind.getSelectionIndex() - 1;
        Optional<String> chosenKind = kindIndex >= 0 && kindIndex < kinds.size() ? Optional.of(kinds.get(kindIndex))
                : Optional.empty();
        try {
            query = new HistoryFilter(person.getText(), from.getText(), to.getText(), chosenKind).apply(query);
        } catch (HistoryFilter.BadDate e) {
            show(mine, List.of(), NLS.bind(Messages.View_badDate, e.getMessage()));
            return;
        }
        String title = ofPlan ? NLS.bind(Messages.View_ofPlan, planId.get())
                : NLS.bind(Messages.View_ofElement, element.get());
        status.setText(Messages.View_loading);
        HistoryQuery asked = query;
        Display display = status.getDisplay();
        Job job = Job.create(NLS.bind(Messages.Job_loading, ofPlan ? planId.get() : element.get()), monitor -> {
            try {
                List<HistoryRow> read = StoreAccess.store().history(asked).stream().map(HistoryRow::new).toList();
                display.asyncExec(() -> show(mine, read, NLS.bind(Messages.View_count, title, read.size())));
            } catch (StoreException e) {
                display.asyncExec(() -> show(mine, List.of(), NLS.bind(Messages.View_failed, e.getLocalizedMessage())));
            }
            return Status.OK_STATUS;
        });
        loading = job;
        job.schedule();
    }

    private void show(int forGeneration, List<HistoryRow> read, String message) {
        if (forGeneration != generation || status.isDisposed()) {
            return;
        }
        loading = null;
        rows = read;
        table.setRows(read);
        table.refresh();
        status.setText(message);
        if (kind.getSelectionIndex() <= 0) {
            // The kinds offered are those of the unfiltered history shown last.
            TreeSet<String> seen = new TreeSet<>();
            read.forEach(r -> seen.add(r.change().elementKind()));
            kinds = List.copyOf(seen);
            String[] items = new String[kinds.size() + 1];
            items[0] = Messages.View_all;
            for (int i = 0; i < kinds.size(); i++) {
                items[i + 1] = kinds.get(i);
            }
            kind.setItems(items);
            kind.select(0);
        }
        status.getParent().layout(true);
    }

    /** Whether a read is under way (tests wait for it to end). */
    public boolean isLoading() {
        return loading != null;
    }

    public List<HistoryRow> rows() {
        return rows;
    }

    public String statusText() {
        return status.getText();
    }

    private void chooseExport() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(Messages.Export_title);
        dialog.setFilterExtensions(new String[] {"*.xlsx"});
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(Path.of(chosen.endsWith(".xlsx") ? chosen : chosen + ".xlsx"));
        }
    }

    /** Writes the rows shown now (as sorted and searched) to {@code file} in a job. */
    public Job export(Path file) {
        List<HistoryRow> shown = List.copyOf(table.visibleRows());
        Display display = status.getDisplay();
        Job job = Job.create(NLS.bind(Messages.Job_export, file), monitor -> {
            try {
                HistoryWorkbook.write(shown, file);
                display.asyncExec(() -> {
                    if (!status.isDisposed()) {
                        status.setText(NLS.bind(Messages.Export_done, shown.size(), file));
                    }
                });
                return Status.OK_STATUS;
            } catch (java.io.IOException | RuntimeException e) {
                return new Status(IStatus.ERROR, "org.planstudio.ui.history",
                        NLS.bind(Messages.Export_failed, file, e.getLocalizedMessage()), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    @Override
    public void setFocus() {
        table.natTable().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        editor.ifPresent(e -> e.removePropertyListener(dirtyListener));
        if (tracker != null) {
            tracker.stop();
        }
        super.dispose();
    }

    /** The changes shown, for callers that need the store's values. */
    public List<FieldChange> changes() {
        return rows.stream().map(HistoryRow::change).toList();
    }
}
