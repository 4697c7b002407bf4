package org.planstudio.map;

import java.awt.geom.PathIterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.map.internal.MapTexts;

/**
 * The map as a self-contained {@code <svg>} element: one path per country (those with items carry
 * {@code class="country has-data"}, {@code data-code} and {@code data-count}, a tooltip, and a
 * link to {@code #<linkPrefix><CODE>} when a prefix is given), the legend, and a line listing the
 * partner countries the map cannot show.
 */
public final class MapSvg {

    public static final int WIDTH = 960;
    public static final int MAP_HEIGHT = (int) Math.round(WIDTH / Projection.ASPECT);
    private static final String FONTS =
            "Microsoft YaHei, PingFang SC, Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, sans-serif";

    private MapSvg() {
    }

    public static String write(PartnerMap map, Locale locale, Optional<String> linkPrefix) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(linkPrefix, "linkPrefix");
        MapTexts texts = MapTexts.of(locale);
        List<String> missingLines = MapLegendText.missingLines(map, locale, 110);
        int height = MapPicture.height(map, locale);
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"partner-map\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" font-family=\"").append(FONTS)
                .append("\" font-size=\"13\">\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(MAP_HEIGHT)
                .append("\" fill=\"#f3f7fb\"/>\n");
        MapGeometry geometry = new MapGeometry(map.outlines(), new Projection(0, 0, WIDTH, MAP_HEIGHT));
        for (MapGeometry.Shape shape : geometry.shapes()) {
            Optional<PartnerMap.Entry> entry = map.entry(shape.outline());
            String title = entry.map(e -> texts.get("tooltip", e.name(locale), e.count()))
                    .orElse(texts.get("tooltip.none", shape.outline().name(locale)));
            boolean link = entry.isPresent() && linkPrefix.isPresent();
            if (link) {
                svg.append("<a href=\"#").append(escape(linkPrefix.get() + shape.outline().code())).append("\">");
            }
            svg.append("<path class=\"country").append(entry.isPresent() ? " has-data" : "").append("\" data-code=\"")
                    .append(escape(shape.outline().code())).append('"');
            entry.ifPresent(e -> svg.append(" data-count=\"").append(e.count()).append('"'));
            svg.append(" fill=\"").append(map.colour(shape.outline())).append("\" stroke=\"").append(Legend.BORDER)
                    .append("\" stroke-width=\"0.5\" fill-rule=\"evenodd\" d=\"");
            path(svg, shape);
            svg.append("\"><title>").append(escape(title)).append("</title></path>");
            svg.append(link ? "</a>\n" : "\n");
        }
        legend(svg, map, texts, MAP_HEIGHT + 10);
        int y = MAP_HEIGHT + 56;
        for (String line : missingLines) {
            svg.append("<text class=\"missing\" x=\"8\" y=\"").append(y).append("\" fill=\"#444\">").append(escape(line))
                    .append("</text>\n");
            y += 20;
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, PartnerMap map, MapTexts texts, int top) {
        svg.append("<g class=\"legend\">");
        svg.append("<text x=\"8\" y=\"").append(top + 14).append("\">").append(escape(texts.get("legend.title"))).append("</text>");
        int x = 290;
        List<Legend.Band> bands = map.legend().bands();
        for (Legend.Band band : bands) {
            x = box(svg, x, top, band.colour(), band.range());
        }
        box(svg, x + 10, top, Legend.NO_DATA, texts.get("legend.none"));
        svg.append("</g>\n");
    }

    private static int box(StringBuilder svg, int x, int top, String colour, String label) {
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(top + 2).append("\" width=\"18\" height=\"14\" fill=\"")
                .append(colour).append("\" stroke=\"#999\" stroke-width=\"0.5\"/>");
        svg.append("<text x=\"").append(x + 24).append("\" y=\"").append(top + 14).append("\">").append(escape(label))
                .append("</text>");
        return x + 34 + 8 * label.length();
    }

    private static void path(StringBuilder svg, MapGeometry.Shape shape) {
        double[] c = new double[6];
        for (PathIterator it = shape.path().getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
            case PathIterator.SEG_MOVETO -> svg.append('M').append(number(c[0])).append(',').append(number(c[1]));
            case PathIterator.SEG_LINETO -> svg.append('L').append(number(c[0])).append(',').append(number(c[1]));
            case PathIterator.SEG_CLOSE -> svg.append('Z');
            default -> throw new IllegalStateException("outlines hold straight segments only");
            }
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
