package org.planstudio.ui.tables;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;

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

    PlanTable(NatTable natTable, EventList<T> rows, FilterList<T> visible, TextMatcherEditor<T> search,
            RowSelectionProvider<T> selection) {
        this.natTable = Objects.requireNonNull(natTable);
        this.rows = Objects.requireNonNull(rows);
        this.visible = Objects.requireNonNull(visible);
        this.search = Objects.requireNonNull(search);
        this.selection = Objects.requireNonNull(selection);
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

    /** Repaints after the objects behind the rows changed in place. */
    public void refresh() {
        if (!natTable.isDisposed()) {
            natTable.refresh(false);
        }
    }
}
