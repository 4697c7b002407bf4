package org.planstudio.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javax.imageio.ImageIO;

/** The map as a PNG picture (for Word), drawn with Java 2D from the same geometry as the SVG. */
public final class MapPicture {

    private MapPicture() {
    }

    /** The picture at {@code scale} times {@link MapSvg#WIDTH} points wide. */
    public static byte[] png(PartnerMap map, Locale locale, int scale) throws IOException {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(locale, "locale");
        List<String> missingLines = MapLegendText.missingLines(map, locale, 110);
        int width = MapSvg.WIDTH;
        int height = height(map, locale);
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.decode("#f3f7fb"));
            g.fillRect(0, 0, width, MapSvg.MAP_HEIGHT);
            MapGeometry geometry = new MapGeometry(map.outlines(), new Projection(0, 0, width, MapSvg.MAP_HEIGHT));
            g.setStroke(new BasicStroke(0.5f));
            for (MapGeometry.Shape shape : geometry.shapes()) {
                g.setColor(Color.decode(map.colour(shape.outline())));
                g.fill(shape.path());
                g.setColor(Color.decode(Legend.BORDER));
                g.draw(shape.path());
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            int top = MapSvg.MAP_HEIGHT + 10;
            g.setColor(Color.BLACK);
            g.drawString(MapLegendText.title(locale), 8, top + 14);
            int x = 290;
            for (Legend.Band band : map.legend().bands()) {
                x = box(g, x, top, band.colour(), band.range());
            }
            box(g, x + 10, top, Legend.NO_DATA, MapLegendText.none(locale));
            int y = MapSvg.MAP_HEIGHT + 56;
            g.setColor(Color.DARK_GRAY);
            for (String line : missingLines) {
                g.drawString(line, 8, y);
                y += 20;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** The height in points of the picture and the SVG: the map, the legend and the missing countries. */
    public static int height(PartnerMap map, Locale locale) {
        return MapSvg.MAP_HEIGHT + 44 + 20 * MapLegendText.missingLines(map, locale, 110).size();
    }

    private static int box(Graphics2D g, int x, int top, String colour, String label) {
        g.setColor(Color.decode(colour));
        g.fillRect(x, top + 2, 18, 14);
        g.setColor(Color.GRAY);
        g.drawRect(x, top + 2, 18, 14);
        g.setColor(Color.BLACK);
        g.drawString(label, x + 24, top + 14);
        return x + 34 + 8 * label.length();
    }
}
