package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.text.PlanDates;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.Row;
import org.planstudio.trace.IndicatorProgress;

/** The tables of the progress report: figures by year, breakdowns with shares, the items behind a figure. */
final class ProgressTables {

    private final PlanLabels labels;
    private final ReportTexts t;

    ProgressTables(PlanLabels labels) {
        this.labels = labels;
        this.t = labels.texts();
    }

    List<Column> yearColumns() {
        return List.of(new Column(t.get("col.year"), 2), new Column(t.get("col.newInYear"), 2),
                new Column(t.get("col.figure"), 2));
    }

    List<Row> yearRows(IndicatorProgress p) {
        List<Row> rows = new ArrayList<>();
        Map<Integer, Long> figures = p.figureByYear();
        p.byYear().forEach((year, items) -> rows.add(Row.body(Cell.text(String.valueOf(year)), Cell.number(items.size()),
                Cell.number(figures.get(year)))));
        return rows;
    }

    List<Column> breakdownColumns(String keyHeader) {
        return List.of(new Column(keyHeader, 6), new Column(t.get("col.itemCount"), 2), new Column(t.get("col.share"), 2));
    }

    /** One row per key with its item count and share of {@code total}. */
    <K> List<Row> breakdownRows(Map<K, List<RegistryItem>> groups, Function<K, String> label, int total) {
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, items) -> rows.add(Row.body(Cell.text(label.apply(key)), Cell.number(items.size()),
                Cell.percent(PlanLabels.ratio(items.size(), total)))));
        return rows;
    }

    List<Column> itemColumns() {
        return List.of(new Column(t.get("col.no"), 1), new Column(t.get("col.itemName"), 6),
                new Column(t.get("col.registry"), 2), new Column(t.get("col.itemStatus"), 2),
                new Column(t.get("col.host"), 4), new Column(t.get("col.countries"), 3), new Column(t.get("col.start"), 3));
    }

    List<Row> itemRows(List<RegistryItem> items) {
        List<Row> rows = new ArrayList<>(items.size());
        int number = 0;
        for (RegistryItem item : items) {
            number++;
            rows.add(Row.body(Cell.number(number), Cell.text(labels.item(item)), Cell.text(labels.registry(item)),
                    Cell.text(labels.itemStatus(item.getStatus())),
                    Cell.text(item.getHostOrganization() == null ? t.get("none") : labels.organization(item.getHostOrganization())),
                    Cell.text(countries(item.getPartnerCountries())),
                    PlanDates.toLocalDate(item.getStartDate()).map(Cell::date).orElseGet(Cell::empty)));
        }
        return rows;
    }

    private String countries(List<Country> countries) {
        return countries.isEmpty() ? t.get("none")
                : countries.stream().map(labels::country).collect(Collectors.joining(t.get("list.separator")));
    }
}
