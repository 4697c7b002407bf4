package org.planstudio.ui.matrix;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.Principle;
import org.planstudio.store.PlanPermissions;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.ui.editor.ActivePlanTracker;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.permissions.EditorPermissions;
import org.planstudio.ui.editor.permissions.ReadOnlyLine;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.tables.TableFactory;

/**
 * The traceability matrix: tasks against indicators, principles and safeguards. Clicking a cell
 * (or pressing Space on it) adds or removes the link, undoably; headers count each row's and
 * column's links, and suspect links show as ◐. A toggle the editor's permissions do not allow is
 * refused with the reason in the status line.
 */
public final class MatrixView extends ViewPart {

    public static final String ID = "org.planstudio.ui.matrix";
    static final String LINKED = "●";
    static final String SUSPECT = "◐";

    private Composite parent;
    private Label message;
    private NatTable natTable;
    private TableFactory.Grid grid;
    private MatrixModel model;
    private ActivePlanTracker tracker;
    private ReadOnlyLine readOnly;
    private final Runnable permissionsChanged = this::showReadOnlyLine;
    private Optional<String> statusRefusal = Optional.empty();

    @Override
    public void createPartControl(Composite composite) {
        parent = composite;
        GridLayoutFactory.fillDefaults().applyTo(parent);
        message = new Label(parent, SWT.WRAP);
        message.setText(Messages.Matrix_hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        readOnly = new ReadOnlyLine(parent, 1);
        tracker = new ActivePlanTracker(getSite().getPage(), this::show, this::refresh);
        tracker.start();
        EditorPermissions.addListener(permissionsChanged);
    }

    private void showReadOnlyLine() {
        if (!parent.isDisposed()) {
            readOnly.show(tracker.editor().map(PlanEditor::getPlan), Optional.empty());
        }
    }

    /** Why the last toggle was refused, as put in the status line (for tests). */
    Optional<String> statusRefusal() {
        return statusRefusal;
    }

    /** The reason line as shown, empty when hidden (for tests). */
    Optional<String> readOnlyLine() {
        return readOnly.shown();
    }

    private void show(Optional<PlanEditor> editor) {
        if (natTable != null) {
            natTable.dispose();
            natTable = null;
        }
        showReadOnlyLine();
        if (editor.isEmpty()) {
            message.setText(Messages.Registry_noPlan);
            parent.layout(true, true);
            return;
        }
        message.setText(Messages.Matrix_hint);
        model = new MatrixModel(editor.get().getPlan());
        grid = TableFactory.createGrid(parent, new Body(), new ColumnHeader(), new RowHeader(), 110, 300);
        natTable = grid.natTable();
        natTable.addConfiguration(new AbstractUiBindingConfiguration() {
            @Override
            public void configureUiBindings(UiBindingRegistry bindings) {
                bindings.registerFirstSingleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (table, event) -> {
                    int column = table.getColumnIndexByPosition(table.getColumnPositionByX(event.x));
                    int row = table.getRowIndexByPosition(table.getRowPositionByY(event.y));
                    toggle(row, column);
                });
                bindings.registerKeyBinding(new KeyEventMatcher(SWT.NONE, ' '), (table, event) -> {
                    PositionCoordinate anchor = grid.selectionLayer().getSelectionAnchor();
                    toggle(anchor.getRowPosition(), anchor.getColumnPosition());
                });
            }
        });
        natTable.configure();
        GridDataFactory.fillDefaults().grab(true, true).applyTo(natTable);
        parent.layout(true, true);
    }

    /**
     * Adds or removes the link of a cell (body row and column index); false outside the body and
     * when the user may not change the task or the link (the reason then shows in the status line).
     */
    boolean toggle(int row, int column) {
        Optional<PlanEditor> editor = tracker.editor();
        if (editor.isEmpty() || row < 0 || column < 0 || row >= model.rows().size() || column >= model.columns().size()) {
            return false;
        }
        KeyTask task = model.rows().get(row);
        Identified other = model.columns().get(column);
        Plan plan = editor.get().getPlan();
        Optional<String> refusal = refusal(EditorPermissions.of(plan), plan, task, other);
        statusRefusal = refusal;
        getViewSite().getActionBars().getStatusLineManager().setErrorMessage(refusal.orElse(null));
        if (refusal.isPresent()) {
            return false;
        }
        Command command = model.toggle(editor.get().getEditingDomain(), task, other);
        editor.get().getEditingDomain().getCommandStack().execute(command);
        return true;
    }

    /**
     * The task's own refusal first (it names who leads it); then the link's, an existing one or the
     * one the toggle would add: only the drafting office changes these links.
     */
    private Optional<String> refusal(PlanPermissions permissions, Plan plan, KeyTask task, Identified other) {
        Optional<String> ofTask = permissions.refusal(task, Locale.getDefault());
        if (ofTask.isPresent()) {
            return ofTask;
        }
        Optional<TraceLink> existing = model.link(task, other);
        if (existing.isPresent()) {
            return permissions.refusal(existing.get(), Locale.getDefault());
        }
        return permissions.mayChangeStructure() ? Optional.empty()
                : permissions.refusal(plan, Locale.getDefault());
    }

    int natTableRowCount() {
        return model.rows().size();
    }

    int natTableColumnCount() {
        return model.columns().size();
    }

    Identified column(int column) {
        return model.columns().get(column);
    }

    Optional<TraceLink> link(int row, int column) {
        return model.link(model.rows().get(row), model.columns().get(column));
    }

    private void refresh() {
        tracker.editor().ifPresent(editor -> {
            model = new MatrixModel(editor.getPlan());
            if (natTable != null && !natTable.isDisposed()) {
                natTable.refresh();
            }
        });
    }

    @Override
    public void setFocus() {
        if (natTable != null && !natTable.isDisposed()) {
            natTable.setFocus();
        } else {
            parent.setFocus();
        }
    }

    @Override
    public void dispose() {
        EditorPermissions.removeListener(permissionsChanged);
        tracker.stop();
        super.dispose();
    }

    private static String typeLabel(Identified column) {
        if (column instanceof Indicator) {
            return Messages.Matrix_indicator;
        }
        return column instanceof Principle ? Messages.Matrix_principle : Messages.Matrix_safeguard;
    }

    private final class Body implements IDataProvider {
        @Override
        public Object getDataValue(int column, int row) {
            return model.link(model.rows().get(row), model.columns().get(column))
                    .map(link -> link.isSuspect() ? SUSPECT : LINKED).orElse("");
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            // Cells change by toggling links, never by typing.
        }

        @Override
        public int getColumnCount() {
            return model.columns().size();
        }

        @Override
        public int getRowCount() {
            return model.rows().size();
        }
    }

    private final class ColumnHeader implements IDataProvider {
        @Override
        public Object getDataValue(int column, int row) {
            Identified element = model.columns().get(column);
            return NLS.bind(Messages.Matrix_columnHeader,
                    new Object[] { typeLabel(element), ModelLabels.element(element), model.columnCoverage(element) });
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
        }

        @Override
        public int getColumnCount() {
            return model.columns().size();
        }

        @Override
        public int getRowCount() {
            return 1;
        }
    }

    private final class RowHeader implements IDataProvider {
        @Override
        public Object getDataValue(int column, int row) {
            KeyTask task = model.rows().get(row);
            return NLS.bind(Messages.Navigator_withCount, ModelLabels.element(task), model.rowCoverage(task));
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
        }

        @Override
        public int getColumnCount() {
            return 1;
        }

        @Override
        public int getRowCount() {
            return model.rows().size();
        }
    }
}
