package org.planstudio.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.planstudio.map.internal.MapTexts;

/** Texts every view of the map shows beside it: the legend title and the countries it lacks. */
public final class MapLegendText {

    private MapLegendText() {
    }

    public static String title(Locale locale) {
        return MapTexts.of(locale).get("legend.title");
    }

    public static String none(Locale locale) {
        return MapTexts.of(locale).get("legend.none");
    }

    public static String caption(Locale locale) {
        return MapTexts.of(locale).get("caption");
    }

    /** "China: 3 registry items", for a tooltip. */
    public static String tooltip(PartnerMap map, CountryOutline outline, Locale locale) {
        MapTexts texts = MapTexts.of(locale);
        return map.entry(outline).map(e -> texts.get("tooltip", e.name(locale), e.count()))
                .orElse(texts.get("tooltip.none", outline.name(locale)));
    }

    /** The missing partner countries, each with code and count, wrapped at about {@code width} characters. */
    public static List<String> missingLines(PartnerMap map, Locale locale, int width) {
        Objects.requireNonNull(map, "map");
        List<PartnerMap.Entry> missing = map.missing();
        if (missing.isEmpty()) {
            return List.of();
        }
        MapTexts texts = MapTexts.of(locale);
        List<String> parts = missing.stream()
                .map(e -> texts.get("missing.entry", e.name(locale), e.code().isEmpty() ? "?" : e.code(), e.count())).toList();
        String separator = "zh".equals(locale.getLanguage()) ? "、" : ", ";
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            if (line.length() > 0 && line.length() + part.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? separator : "").append(part);
        }
        lines.add(line.toString());
        lines.set(0, texts.get("missing", lines.get(0)));
        return List.copyOf(lines);
    }
}
