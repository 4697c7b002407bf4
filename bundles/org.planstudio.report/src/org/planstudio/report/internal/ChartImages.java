package org.planstudio.report.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.planstudio.report.model.Chart;

/** Draws a report chart as inline SVG (HTML) or as a PNG picture (Word). */
public final class ChartImages {

    // The browser picks the first family it has; the list covers Windows, macOS and Linux.
    // Unquoted: JFreeSVG puts it in a single-quoted attribute.
    private static final String SVG_FONTS =
            "Microsoft YaHei, PingFang SC, Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Droid Sans Fallback, sans-serif";

    private ChartImages() {
    }

    /**
     * An {@code <svg>} element that scales to its container. {@code idPrefix} keeps the ids of
     * clip paths unique when a page holds several charts, and makes the output repeatable.
     */
    public static String svg(Chart chart, String idPrefix) {
        Objects.requireNonNull(chart, "chart");
        SVGGraphics2D g2 = new SVGGraphics2D(chart.width(), chart.height());
        g2.setDefsKeyPrefix(Objects.requireNonNull(idPrefix, "idPrefix"));
        g2.setFontFunction(family -> SVG_FONTS);
        chart.chart().draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        return g2.getSVGElement(idPrefix + "svg", false, new ViewBox(0, 0, chart.width(), chart.height()), null, null);
    }

    /** PNG at {@code scale} times the chart's size in points (2 prints sharply at Word's page width). */
    public static byte[] png(Chart chart, int scale) throws IOException {
        Objects.requireNonNull(chart, "chart");
        BufferedImage image = new BufferedImage(chart.width() * scale, chart.height() * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(scale, scale);
            chart.chart().draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
