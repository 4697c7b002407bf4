package org.planstudio.ui.dashboard;

import java.awt.geom.PathIterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.planstudio.map.CountryOutline;
import org.planstudio.map.Legend;
import org.planstudio.map.MapGeometry;
import org.planstudio.map.MapLegendText;
import org.planstudio.map.PartnerMap;
import org.planstudio.map.Projection;
import org.planstudio.model.plan.RegistryItem;

/**
 * Draws the partner-country map on the dashboard's canvas: countries coloured by their number of
 * registry items, the legend, the partner countries the map lacks; the count on hover, and a
 * click on a country opens the list of its items. The geometry comes from org.planstudio.map.
 */
final class MapCanvas {

    private static final int LEGEND = 26;
    private static final int LINE = 18;

    private final Canvas canvas;
    private final BiConsumer<String, List<RegistryItem>> open;
    private PartnerMap map;
    private MapGeometry geometry;
    private int geometryWidth;
    private int geometryHeight;
    private Optional<CountryOutline> hovered = Optional.empty();

    MapCanvas(Canvas canvas, BiConsumer<String, List<RegistryItem>> open) {
        this.canvas = Objects.requireNonNull(canvas);
        this.open = Objects.requireNonNull(open);
        canvas.addListener(SWT.MouseMove, e -> hover(e.x, e.y));
        canvas.addListener(SWT.MouseExit, e -> hover(-1, -1));
        canvas.addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                click(e.x, e.y);
            }
        });
    }

    /** Shows this map from now on; empty switches the map off (the canvas shows a chart). */
    void show(Optional<PartnerMap> shown) {
        map = shown.orElse(null);
        geometry = null;
        hovered = Optional.empty();
        canvas.setToolTipText(null);
    }

    boolean isShown() {
        return map != null;
    }

    Optional<PartnerMap> map() {
        return Optional.ofNullable(map);
    }

    private MapGeometry geometry() {
        Rectangle area = canvas.getClientArea();
        if (geometry == null || area.width != geometryWidth || area.height != geometryHeight) {
            int lines = MapLegendText.missingLines(map, Locale.getDefault(), Math.max(40, area.width / 8)).size();
            int mapHeight = Math.max(10, area.height - LEGEND - LINE * lines - 6);
            geometry = new MapGeometry(map.outlines(), new Projection(0, 0, area.width, mapHeight));
            geometryWidth = area.width;
            geometryHeight = area.height;
        }
        return geometry;
    }

    void paint(GC gc) {
        if (map == null) {
            return;
        }
        Locale locale = Locale.getDefault();
        Rectangle area = canvas.getClientArea();
        MapGeometry shapes = geometry();
        gc.setAntialias(SWT.ON);
        gc.setFillRule(SWT.FILL_EVEN_ODD);
        Projection projection = shapes.projection();
        gc.setBackground(colour("#f3f7fb"));
        gc.fillRectangle((int) projection.left(), (int) projection.top(), (int) projection.width(), (int) projection.height());
        gc.setForeground(colour(Legend.BORDER));
        gc.setLineWidth(1);
        // the part of Russia and Fiji east of 180° lies beyond the map's edge
        gc.setClipping((int) projection.left(), (int) projection.top(), (int) projection.width(), (int) projection.height());
        for (MapGeometry.Shape shape : shapes.shapes()) {
            Path path = path(shape);
            try {
                boolean hover = hovered.map(h -> h == shape.outline()).orElse(false);
                gc.setBackground(colour(map.colour(shape.outline())));
                gc.fillPath(path);
                gc.setForeground(colour(hover ? "#1f4e79" : Legend.BORDER));
                gc.setLineWidth(hover ? 2 : 1);
                gc.drawPath(path);
            } finally {
                path.dispose();
            }
        }
        gc.setClipping((Rectangle) null);
        int y = (int) (projection.top() + projection.height()) + 6;
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(MapLegendText.title(locale), 6, y, true);
        int x = 12 + gc.textExtent(MapLegendText.title(locale)).x;
        for (Legend.Band band : map.legend().bands()) {
            x = box(gc, x, y, band.colour(), band.range());
        }
        box(gc, x + 8, y, Legend.NO_DATA, MapLegendText.none(locale));
        y += LEGEND;
        for (String line : MapLegendText.missingLines(map, locale, Math.max(40, area.width / 8))) {
            gc.drawText(line, 6, y, true);
            y += LINE;
        }
    }

    private int box(GC gc, int x, int y, String colour, String label) {
        gc.setBackground(colour(colour));
        gc.fillRectangle(x, y + 2, 16, 13);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(x, y + 2, 16, 13);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(label, x + 21, y, true);
        return x + 32 + gc.textExtent(label).x;
    }

    private Path path(MapGeometry.Shape shape) {
        Path path = new Path(canvas.getDisplay());
        float[] c = new float[6];
        for (PathIterator it = shape.path().getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
            case PathIterator.SEG_MOVETO -> path.moveTo(c[0], c[1]);
            case PathIterator.SEG_LINETO -> path.lineTo(c[0], c[1]);
            case PathIterator.SEG_CLOSE -> path.close();
            default -> {
                // the outlines hold straight segments only
            }
            }
        }
        return path;
    }

    private Color colour(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Color(canvas.getDisplay(), new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff));
    }

    private void hover(int x, int y) {
        if (map == null) {
            return;
        }
        Optional<CountryOutline> at = x < 0 ? Optional.empty() : geometry().countryAt(x, y);
        if (!at.equals(hovered)) {
            hovered = at;
            canvas.setToolTipText(at.map(o -> MapLegendText.tooltip(map, o, Locale.getDefault())).orElse(null));
            canvas.redraw();
        }
    }

    /** The drawn map's width in pixels, for tests. */
    double width() {
        return geometry().projection().width();
    }

    /** The tooltip the canvas shows now, for tests. */
    Optional<String> tooltip() {
        return Optional.ofNullable(canvas.getToolTipText());
    }

    /** Moves the pointer to a country as a user does (projected from its longitude and latitude), for tests. */
    void hoverAt(double longitude, double latitude) {
        Projection projection = geometry().projection();
        hover((int) Math.round(projection.x(longitude)), (int) Math.round(projection.y(latitude)));
    }

    /** The partner country a click at this longitude and latitude opens, for tests. */
    Optional<PartnerMap.Entry> entryAt(double longitude, double latitude) {
        Projection projection = geometry().projection();
        return entryAt((int) Math.round(projection.x(longitude)), (int) Math.round(projection.y(latitude)));
    }

    private Optional<PartnerMap.Entry> entryAt(int x, int y) {
        return map == null ? Optional.empty() : geometry().countryAt(x, y).flatMap(map::entry);
    }

    private void click(int x, int y) {
        entryAt(x, y).ifPresent(entry -> open.accept(entry.name(Locale.getDefault()), entry.items()));
    }
}
