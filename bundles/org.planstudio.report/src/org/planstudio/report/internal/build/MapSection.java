package org.planstudio.report.internal.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.planstudio.map.MapLegendText;
import org.planstudio.map.MapPicture;
import org.planstudio.map.MapSvg;
import org.planstudio.map.PartnerMap;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.Row;

/**
 * The partner-country map of a progress report: the plan's registry items by partner country,
 * drawn by org.planstudio.map (SVG in HTML, a picture in Word), with the numbers and the items
 * behind each country as its data table, and the partner countries the map cannot show named.
 */
final class MapSection {

    static final String ANCHOR = "map-";

    private final ReportComposer doc;
    private final ReportTexts t;
    private final Locale locale;
    private final PlanLabels labels;

    MapSection(ReportComposer doc, ReportTexts t, Locale locale) {
        this.doc = doc;
        this.t = t;
        this.locale = locale;
        this.labels = new PlanLabels(t);
    }

    void write(Plan plan) {
        PartnerMap map = PartnerMap.of(plan);
        doc.heading(1, t.get("progress.map"));
        if (map.entries().isEmpty()) {
            doc.note(t.get("progress.map.none"));
            return;
        }
        doc.paragraph(t.get("progress.map.text", map.entries().size(), map.shown().size()));
        List<Row> rows = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        for (PartnerMap.Entry entry : map.entries()) {
            rows.add(Row.body(Cell.text(entry.name(locale)), Cell.text(entry.code()), Cell.number(entry.count()),
                    Cell.text(t.get(entry.outline().isPresent() ? "progress.map.shown" : "progress.map.notShown")),
                    Cell.text(String.join(t.get("progress.map.separator"), entry.items().stream().map(this::item).toList()))));
            anchors.add(ANCHOR + entry.code());
        }
        byte[] png;
        try {
            png = MapPicture.png(map, locale, 2);
        } catch (IOException e) {
            throw new UncheckedIOException("the map picture could not be drawn", e);
        }
        doc.picture(MapLegendText.caption(locale), MapSvg.write(map, locale, Optional.of(ANCHOR)), png, MapSvg.WIDTH,
                MapPicture.height(map, locale), t.get("progress.map.sheet"),
                List.of(new Column(t.get("col.country"), 3), new Column(t.get("progress.map.code"), 1),
                        new Column(t.get("col.count"), 1), new Column(t.get("progress.map.onMap"), 2),
                        new Column(t.get("progress.map.items"), 8)),
                rows, anchors);
        List<String> missing = MapLegendText.missingLines(map, locale, Integer.MAX_VALUE);
        if (!missing.isEmpty()) {
            doc.note(missing.get(0));
        }
    }

    private String item(RegistryItem item) {
        return labels.item(item);
    }
}
