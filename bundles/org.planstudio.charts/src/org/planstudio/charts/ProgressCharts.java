package org.planstudio.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.planstudio.charts.internal.ChartTexts;
import org.planstudio.model.plan.Country;
import org.planstudio.model.text.ElementLabels;
import org.planstudio.trace.IndicatorProgress;

/**
 * The progress charts, built from the trace service's figures. The reports draw them to SVG and
 * PNG; the workbench dashboard draws the same objects on screen (jfreechart-swt). Each call
 * returns a new chart; texts are in the locale's language (Chinese or English).
 */
public final class ProgressCharts {

    /** A country chart shows this many countries; the data table lists them all. */
    public static final int MAX_COUNTRIES = 15;

    private ProgressCharts() {
    }

    /** Each indicator's achieved figure beside its target. */
    public static JFreeChart overview(List<IndicatorProgress> progress, Locale locale) {
        Objects.requireNonNull(progress, "progress");
        ChartTexts t = ChartTexts.of(locale);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (IndicatorProgress p : progress) {
            String name = ElementLabels.text(p.indicator(), locale);
            data.addValue(p.achieved(), t.get("series.achieved"), name);
            data.addValue(p.target().map(BigDecimal::doubleValue).orElse(null), t.get("series.target"), name);
            data.addValue(p.projectedAtTargetYear().map(BigDecimal::doubleValue).orElse(null), t.get("series.projected"), name);
        }
        JFreeChart chart = ChartFactory.createBarChart(t.get("overview.title"), null, t.get("axis.count"), data,
                PlotOrientation.VERTICAL, true, false, false);
        return labelled(ChartStyle.apply(chart));
    }

    /**
     * The indicator's figure year by year (running total for a cumulative indicator, the year's
     * count for an annual one), with its target as a line.
     */
    public static JFreeChart byYear(IndicatorProgress progress, Locale locale) {
        Objects.requireNonNull(progress, "progress");
        ChartTexts t = ChartTexts.of(locale);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = t.get(progress.accumulation() == org.planstudio.model.plan.Accumulation.ANNUAL
                ? "series.annual" : "series.cumulative");
        for (Map.Entry<Integer, Long> year : progress.figureByYear().entrySet()) {
            data.addValue(year.getValue(), series, t.get("year", String.valueOf(year.getKey())));
        }
        JFreeChart chart = ChartFactory.createBarChart(
                t.get("byYear.title", ElementLabels.text(progress.indicator(), locale)), null, t.get("axis.count"), data,
                PlotOrientation.VERTICAL, false, false, false);
        ChartStyle.apply(chart);
        progress.target().ifPresent(target -> {
            CategoryPlot plot = chart.getCategoryPlot();
            ValueMarker marker = new ValueMarker(target.doubleValue(), ChartStyle.TARGET, new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
            marker.setLabel(t.get("target.label", target.stripTrailingZeros().toPlainString(),
                    String.valueOf(progress.targetYear())));
            marker.setLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 11));
            marker.setLabelPaint(ChartStyle.TARGET);
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(marker);
            // Keep the target line in view even while the bars are far below it.
            NumberAxis axis = (NumberAxis) plot.getRangeAxis();
            axis.setUpperBound(Math.max(axis.getUpperBound(), target.doubleValue() * 1.12));
        });
        return labelled(chart);
    }

    /** Items per domain of the tasks they implement; {@code domainLabel} names a domain id ("" = none). */
    public static JFreeChart byDomain(IndicatorProgress progress, Locale locale, Function<String, String> domainLabel) {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(domainLabel, "domainLabel");
        ChartTexts t = ChartTexts.of(locale);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        progress.byDomain().forEach((domain, items) -> data.addValue(items.size(), t.get("series.items"),
                domainLabel.apply(domain)));
        return horizontal(t.get("byDomain.title", ElementLabels.text(progress.indicator(), locale)), t, data);
    }

    /** Items per partner country, the {@link #MAX_COUNTRIES} with most items, most first. */
    public static JFreeChart byCountry(IndicatorProgress progress, Locale locale) {
        Objects.requireNonNull(progress, "progress");
        ChartTexts t = ChartTexts.of(locale);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        progress.byCountry().entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .limit(MAX_COUNTRIES)
                .forEach(entry -> data.addValue(entry.getValue().size(), t.get("series.items"), country(entry.getKey(), locale)));
        return horizontal(t.get("byCountry.title", ElementLabels.text(progress.indicator(), locale)), t, data);
    }

    private static JFreeChart horizontal(String title, ChartTexts t, DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, t.get("axis.items"), data, PlotOrientation.HORIZONTAL,
                false, false, false);
        return labelled(ChartStyle.apply(chart));
    }

    static String country(Country country, Locale locale) {
        return CountryNames.of(country, locale);
    }

    // Printed reports cannot be hovered: every bar carries its number.
    private static JFreeChart labelled(JFreeChart chart) {
        CategoryPlot plot = chart.getCategoryPlot();
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
            bars.setDefaultItemLabelsVisible(true);
            bars.setDefaultItemLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 10));
        }
        // Long indicator and domain names wrap instead of ending in "…".
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // Room above the highest bar for its label.
        axis.setUpperMargin(0.12);
        return chart;
    }
}
