package org.planstudio.ui.supervision;

import java.util.List;
import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.layer.AbstractLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.graphics.Color;
import org.planstudio.supervision.Light;
import org.planstudio.ui.tables.PlanTable;

/**
 * Colours the light column's dot and word (the word is always there, so colour is never the only
 * sign). The project's table factory has no per-cell styling, so the labels are added on the
 * body's viewport layer of the table it built.
 */
final class LightColours {

    private LightColours() {
    }

    static <T> void install(PlanTable<T> table, int column, Function<T, Light> light) {
        NatTable natTable = table.natTable();
        if (!(natTable.getLayer() instanceof GridLayer grid) || !(grid.getBodyLayer() instanceof AbstractLayer body)) {
            return;
        }
        ILayer viewport = body;
        body.setConfigLabelAccumulator((labels, columnPosition, rowPosition) -> {
            if (viewport.getColumnIndexByPosition(columnPosition) != column) {
                return;
            }
            int row = viewport.getRowIndexByPosition(rowPosition);
            List<T> rows = table.visibleRows();
            if (row >= 0 && row < rows.size()) {
                labels.addLabel(label(light.apply(rows.get(row))));
            }
        });
        IConfigRegistry registry = natTable.getConfigRegistry();
        for (Light each : Light.values()) {
            register(registry, natTable, each, colour(natTable.getDisplay(), each));
        }
    }

    /** Colours column {@code column} of every tree item whose data is a {@link Light}. */
    static void installTree(org.eclipse.swt.widgets.Tree tree, int column) {
        for (org.eclipse.swt.widgets.TreeItem parent : tree.getItems()) {
            for (org.eclipse.swt.widgets.TreeItem item : parent.getItems()) {
                if (item.getData() instanceof Light light) {
                    item.setForeground(column, colour(tree.getDisplay(), light));
                }
            }
        }
    }

    // Colours hold no OS resource since SWT 4.17, so they need no disposing.
    private static Color colour(org.eclipse.swt.widgets.Display display, Light light) {
        return switch (light) {
        case RED -> new Color(display, 200, 30, 30);
        case YELLOW -> new Color(display, 190, 130, 0);
        default -> new Color(display, 30, 140, 60);
        };
    }

    private static void register(IConfigRegistry registry, NatTable natTable, Light light, Color colour) {
        Style style = new Style();
        style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, colour);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label(light));
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.SELECT, label(light));
    }

    static String label(Light light) {
        return "PLANSTUDIO_LIGHT_" + light.name();
    }
}
