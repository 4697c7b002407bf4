package org.planstudio.ui.tables;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.nebula.widgets.nattable.data.IColumnPropertyAccessor;

/** Reads cells through the columns; writes by running the column's command, never by setting fields. */
final class ColumnAccessor<T> implements IColumnPropertyAccessor<T> {

    private final List<Column<T>> columns;
    private final Consumer<Command> execute;

    ColumnAccessor(List<Column<T>> columns, Consumer<Command> execute) {
        this.columns = columns;
        this.execute = execute;
    }

    @Override
    public Object getDataValue(T row, int column) {
        Object value = columns.get(column).value().apply(row);
        return value == null ? "" : value;
    }

    @Override
    public void setDataValue(T row, int column, Object newValue) {
        columns.get(column).editor().ifPresent(
                editor -> execute.accept(editor.apply(row, newValue == null ? "" : newValue.toString())));
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnProperty(int column) {
        return columns.get(column).id();
    }

    @Override
    public int getColumnIndex(String property) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(property)) {
                return i;
            }
        }
        return -1;
    }
}
