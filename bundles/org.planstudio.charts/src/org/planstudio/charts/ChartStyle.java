package org.planstudio.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * The look every Plan Studio chart shares, on screen, in HTML and in Word: the logical font
 * "SansSerif" (Java maps it to a font with Chinese glyphs; JFreeSVG writes it as a CSS font list),
 * flat bars, a white background and a palette that stays apart when printed in grey.
 */
public final class ChartStyle {

    public static final String FONT = Font.SANS_SERIF;

    static final Paint[] PALETTE = {
        new Color(0x1F4E79), new Color(0xC55A11), new Color(0x548235), new Color(0x7F6000),
        new Color(0x7030A0), new Color(0x2E75B6), new Color(0xBF9000), new Color(0x833C0B) };

    static final Color TARGET = new Color(0xC00000);

    private ChartStyle() {
    }

    public static JFreeChart apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("Plan Studio");
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 11));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xD9D9D9));
        theme.setRangeGridlinePaint(new Color(0xBFBFBF));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                new java.awt.Stroke[] { new BasicStroke(2f) }, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        theme.apply(chart);
        if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot
                && plot.getRenderer() instanceof BarRenderer bars) {
            bars.setItemMargin(0.05);
            bars.setMaximumBarWidth(0.12);
        }
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
