package org.planstudio.map;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outlines projected into a rectangle, as even-odd paths: what the SVG writer, the picture
 * for Word and the workbench's canvas draw, and what a pointer position is tested against.
 */
public final class MapGeometry {

    /** One country's projected path. */
    public record Shape(CountryOutline outline, Path2D.Double path) {
    }

    private final Projection projection;
    private final List<Shape> shapes;

    public MapGeometry(WorldOutlines outlines, Projection projection) {
        Objects.requireNonNull(outlines, "outlines");
        this.projection = Objects.requireNonNull(projection, "projection");
        List<Shape> list = new ArrayList<>();
        for (CountryOutline outline : outlines.all()) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (double[] ring : outline.rings()) {
                for (int i = 0; i < ring.length; i += 2) {
                    double x = projection.x(ring[i]);
                    double y = projection.y(ring[i + 1]);
                    if (i == 0) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                }
                path.closePath();
            }
            list.add(new Shape(outline, path));
        }
        this.shapes = List.copyOf(list);
    }

    public Projection projection() {
        return projection;
    }

    public List<Shape> shapes() {
        return shapes;
    }

    /** The country under a point, if any. */
    public Optional<CountryOutline> countryAt(double x, double y) {
        return shapes.stream().filter(s -> s.path().contains(x, y)).map(Shape::outline).findFirst();
    }
}
