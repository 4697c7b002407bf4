package org.planstudio.map;

/**
 * Plate carrée (equirectangular) from 180°W to 180°E and from 84°N down to 58°S, where the last
 * inhabited land ends: simple, and the countries partners sign with stay recognisable at 110m.
 */
public final class Projection {

    public static final double NORTH = 84;
    public static final double SOUTH = -58;
    /** Width over height of the projected world. */
    public static final double ASPECT = 360 / (NORTH - SOUTH);

    private final double left;
    private final double top;
    private final double width;
    private final double height;

    /** The world drawn into the rectangle, keeping its aspect and centred in it. */
    public Projection(double x, double y, double availableWidth, double availableHeight) {
        double w = Math.min(availableWidth, availableHeight * ASPECT);
        double h = w / ASPECT;
        this.left = x + (availableWidth - w) / 2;
        this.top = y + (availableHeight - h) / 2;
        this.width = w;
        this.height = h;
    }

    public double x(double longitude) {
        return left + (longitude + 180) / 360 * width;
    }

    public double y(double latitude) {
        double clamped = Math.max(SOUTH, Math.min(NORTH, latitude));
        return top + (NORTH - clamped) / (NORTH - SOUTH) * height;
    }

    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
