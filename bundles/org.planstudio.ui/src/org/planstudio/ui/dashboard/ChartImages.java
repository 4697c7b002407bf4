package org.planstudio.ui.dashboard;

import java.awt.image.BufferedImage;
import java.util.Objects;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.jfree.chart.JFreeChart;

/**
 * Draws a JFreeChart into SWT image data. The dashboard and the reports share the chart
 * definitions (org.planstudio.charts); here they are only rasterised at the size of the view.
 */
final class ChartImages {

    private ChartImages() {
    }

    static ImageData draw(JFreeChart chart, int width, int height) {
        Objects.requireNonNull(chart, "chart");
        int w = Math.max(width, 50);
        int h = Math.max(height, 50);
        BufferedImage image = chart.createBufferedImage(w, h, BufferedImage.TYPE_INT_RGB, null);
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            data.setPixels(0, y, w, row, 0);
        }
        return data;
    }
}
