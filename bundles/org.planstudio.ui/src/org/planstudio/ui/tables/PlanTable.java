package org.planstudio.ui.tables;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.IStructuredSelection;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.ui.action.IKeyAction;
import org.eclipse.nebula.widgets.nattable.ui.action.IMouseAction;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.swt.SWT;

import ca.odell.glazedlists.EventList;
import ca.odell.glazedlists.FilterList;
import ca.odell.glazedlists.matchers.TextMatcherEditor;

/** A table built by {@link TableFactory}: the widget, its rows, filtering and selection. */
public final class PlanTable<T> {

    private final NatTable natTable;
    private final EventList<T> rows;
    private final FilterList<T> visible;
    private final TextMatcherEditor<T> search;
    private final RowSelectionProvider<T> selection;
    private final IDataProvider body;
    private final DataLayer bodyLayer;

    PlanTable(NatTable natTable, EventList<T> rows, FilterList<T> visible, TextMatcherEditor<T> search,
            RowSelectionProvider<T> selection, IDataProvider body, DataLayer bodyLayer) {
        this.natTable = Objects.requireNonNull(natTable);
        this.rows = Objects.requireNonNull(rows);
        this.visible = Objects.requireNonNull(visible);
        this.search = Objects.requireNonNull(search);
        this.selection = Objects.requireNonNull(selection);
        this.body = Objects.requireNonNull(body);
        this.bodyLayer = Objects.requireNonNull(bodyLayer);
    }

    /**
     * Sets a cell as an edit in the table does (row and column of the visible rows): not at all
     * where the table would not open an editor.
     *
     * @return whether the cell was editable
     */
    public boolean edit(int row, int column, Object value) {
        if (!isEditable(row, column)) {
            return false;
        }
        body.setDataValue(column, row, value);
        return true;
    }

    /** Whether NatTable would let the user edit the cell: the column has an editor and the row's rule allows it. */
    public boolean isEditable(int row, int column) {
        ILayerCell cell = bodyLayer.getCellByPosition(column, row);
        if (cell == null) {
            return false;
        }
        IEditableRule rule = natTable.getConfigRegistry().getConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE,
                DisplayMode.EDIT, cell.getConfigLabels());
        return rule != null && rule.isEditable(cell, natTable.getConfigRegistry());
    }

    public NatTable natTable() {
        return natTable;
    }

    public RowSelectionProvider<T> selection() {
        return selection;
    }

    /** Replaces all rows (the table keeps its sorting and search). */
    public void setRows(Collection<? extends T> newRows) {
        rows.getReadWriteLock().writeLock().lock();
        try {
            rows.clear();
            rows.addAll(newRows);
        } finally {
            rows.getReadWriteLock().writeLock().unlock();
        }
    }

    /** Shows only rows that contain every word typed (in any column). */
    public void search(String text) {
        search.setFilterText(Objects.requireNonNull(text, "text").trim().isEmpty() ? new String[0]
                : text.trim().split("\\s+"));
    }

    /** The rows after search and sorting, in display order. */
    public List<T> visibleRows() {
        visible.getReadWriteLock().readLock().lock();
        try {
            return List.copyOf(visible);
        } finally {
            visible.getReadWriteLock().readLock().unlock();
        }
    }

    /** What double-click or Enter on a row does (go to the element behind it, typically). */
    public void onOpen(Consumer<T> open) {
        Objects.requireNonNull(open, "open");
        IMouseAction mouse = (table, event) -> firstSelected().ifPresent(open);
        natTable.getUiBindingRegistry().registerDoubleClickBinding(new MouseEventMatcher(SWT.NONE, GridRegion.BODY,
                MouseEventMatcher.LEFT_BUTTON), mouse);
        IKeyAction key = (table, event) -> firstSelected().ifPresent(open);
        natTable.getUiBindingRegistry().registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), key);
    }

    @SuppressWarnings("unchecked")
    private Optional<T> firstSelected() {
        Object first = ((IStructuredSelection) selection.getSelection()).getFirstElement();
        return Optional.ofNullable((T) first);
    }

    /** Repaints after the objects behind the rows changed in place. */
    public void refresh() {
        if (!natTable.isDisposed()) {
            natTable.refresh(false);
        }
    }
}
