package org.planstudio.ui.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.EditableRule;
import org.eclipse.nebula.widgets.nattable.data.IColumnPropertyAccessor;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.extension.glazedlists.GlazedListsEventLayer;
import org.eclipse.nebula.widgets.nattable.extension.glazedlists.GlazedListsSortModel;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.widgets.Composite;

import ca.odell.glazedlists.EventList;
import ca.odell.glazedlists.FilterList;
import ca.odell.glazedlists.GlazedLists;
import ca.odell.glazedlists.SortedList;
import ca.odell.glazedlists.matchers.TextMatcherEditor;

/**
 * The one place Plan Studio builds list tables, so that every table sorts (click a header),
 * searches, selects whole rows and edits (through undoable EMF commands) the same way.
 * Glazed Lists keeps sorting and searching fast at a hundred thousand rows.
 */
public final class TableFactory {

    static final String EDITABLE = "EDITABLE";

    private TableFactory() {
    }

    /**
     * @param rowId a stable id per row, so that the selection follows rows when they are sorted
     * @param execute runs the commands of editable columns, normally on the plan's command stack
     */
    public static <T> PlanTable<T> create(Composite parent, List<Column<T>> columns, Function<T, String> rowId,
            Consumer<Command> execute) {
        return create(parent, columns, rowId, execute, row -> true);
    }

    /**
     * @param mayChange whether the user may change a row at all (the editor's permissions); asked
     *            each time a cell would be edited, so it follows permissions that arrive later
     */
    public static <T> PlanTable<T> create(Composite parent, List<Column<T>> columns, Function<T, String> rowId,
            Consumer<Command> execute, Predicate<T> mayChange) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(mayChange, "mayChange");
        List<Column<T>> cols = List.copyOf(columns);
        Objects.requireNonNull(rowId, "rowId");
        Objects.requireNonNull(execute, "execute");

        EventList<T> rows = GlazedLists.threadSafeList(GlazedLists.eventList(new ArrayList<T>()));
        SortedList<T> sorted = new SortedList<>(rows, null);
        FilterList<T> visible = new FilterList<>(sorted);
        TextMatcherEditor<T> search = new TextMatcherEditor<>((strings, row) -> cols.forEach(c -> strings.add(c.text(row))));
        visible.setMatcherEditor(search);

        IColumnPropertyAccessor<T> accessor = new ColumnAccessor<>(cols, execute);
        ListDataProvider<T> bodyData = new ListDataProvider<>(visible, accessor);
        DataLayer bodyDataLayer = new DataLayer(bodyData);
        ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyDataLayer);
        for (int i = 0; i < cols.size(); i++) {
            bodyDataLayer.setColumnWidthByPosition(i, cols.get(i).width());
            if (cols.get(i).editor().isPresent()) {
                labels.registerColumnOverrides(i, EDITABLE);
            }
        }
        bodyDataLayer.setConfigLabelAccumulator(labels);
        GlazedListsEventLayer<T> eventLayer = new GlazedListsEventLayer<>(bodyDataLayer, visible);
        SelectionLayer selectionLayer = new SelectionLayer(eventLayer);
        selectionLayer.setSelectionModel(new RowSelectionModel<>(selectionLayer, bodyData, rowId::apply));
        ViewportLayer viewport = new ViewportLayer(selectionLayer);

        String[] properties = cols.stream().map(Column::id).toArray(String[]::new);
        Map<String, String> headers = new HashMap<>();
        cols.forEach(c -> headers.put(c.id(), c.header()));
        DefaultColumnHeaderDataProvider headerData = new DefaultColumnHeaderDataProvider(properties, headers);
        DataLayer headerDataLayer = new DefaultColumnHeaderDataLayer(headerData);
        ColumnHeaderLayer headerLayer = new ColumnHeaderLayer(headerDataLayer, viewport, selectionLayer);
        ConfigRegistry config = new ConfigRegistry();
        SortHeaderLayer<T> sortHeader = new SortHeaderLayer<>(headerLayer,
                new GlazedListsSortModel<>(sorted, accessor, config, headerDataLayer));

        DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(bodyData);
        RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selectionLayer);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
                rowHeader, sortHeader);

        NatTable natTable = new NatTable(parent, new GridLayer(viewport, sortHeader, rowHeader, corner), false);
        natTable.setConfigRegistry(config);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.addConfiguration(new AbstractRegistryConfiguration() {
            @Override
            public void configureRegistry(IConfigRegistry registry) {
                // Lists are read line by line: text starts at the left edge, as in a document table.
                Style left = new Style();
                left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
                registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL, GridRegion.BODY);
            }
        });
        EditableRule rowRule = new EditableRule() {
            @Override
            public boolean isEditable(int columnIndex, int rowIndex) {
                return rowIndex >= 0 && rowIndex < bodyData.getRowCount() && mayChange.test(bodyData.getRowObject(rowIndex));
            }
        };
        config.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, rowRule, DisplayMode.EDIT, EDITABLE);
        natTable.configure();
        return new PlanTable<>(natTable, rows, visible, search, new RowSelectionProvider<>(selectionLayer, bodyData, false),
                bodyData, bodyDataLayer);
    }

    /**
     * A grid over arbitrary data (the traceability matrix): the same look, frozen row and column
     * headers, cell selection; the caller adds its own bindings before {@link NatTable#configure()}.
     */
    public static Grid createGrid(Composite parent, IDataProvider body, IDataProvider columnHeader, IDataProvider rowHeader,
            int columnWidth, int rowHeaderWidth) {
        DataLayer bodyDataLayer = new DataLayer(body, columnWidth, DataLayer.DEFAULT_ROW_HEIGHT);
        SelectionLayer selectionLayer = new SelectionLayer(bodyDataLayer);
        ViewportLayer viewport = new ViewportLayer(selectionLayer);
        DataLayer headerDataLayer = new DataLayer(columnHeader, columnWidth, 3 * DataLayer.DEFAULT_ROW_HEIGHT);
        ColumnHeaderLayer headerLayer = new ColumnHeaderLayer(headerDataLayer, viewport, selectionLayer);
        DataLayer rowHeaderDataLayer = new DataLayer(rowHeader, rowHeaderWidth, DataLayer.DEFAULT_ROW_HEIGHT);
        RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(rowHeaderDataLayer, viewport, selectionLayer);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(columnHeader, rowHeader)),
                rowHeaderLayer, headerLayer);
        NatTable natTable = new NatTable(parent, new GridLayer(viewport, headerLayer, rowHeaderLayer, corner), false);
        ConfigRegistry config = new ConfigRegistry();
        natTable.setConfigRegistry(config);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new AbstractRegistryConfiguration() {
            @Override
            public void configureRegistry(IConfigRegistry registry) {
                // Long names wrap in the headers; the marks in the body sit in the middle of their cells.
                registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER,
                        new TextPainter(true, true, 2, true), DisplayMode.NORMAL, GridRegion.COLUMN_HEADER);
                Style centred = new Style();
                centred.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
                registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, centred, DisplayMode.NORMAL,
                        GridRegion.BODY);
            }
        });
        return new Grid(natTable, selectionLayer);
    }

    public record Grid(NatTable natTable, SelectionLayer selectionLayer) {
    }
}
