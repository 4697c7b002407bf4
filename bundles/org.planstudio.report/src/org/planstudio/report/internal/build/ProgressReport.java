package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.planstudio.charts.ProgressCharts;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.report.ReportRequest;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.KeyFigures.Figure;
import org.planstudio.report.model.Report;
import org.planstudio.report.model.Row;
import org.planstudio.trace.IndicatorProgress;
import org.planstudio.trace.ProgressCalculator;

/**
 * Progress: every indicator against its target, by year, task area, domain and partner country,
 * with charts and the items behind each figure. All figures come from the trace service's
 * ProgressCalculator; this class only lays them out.
 */
final class ProgressReport {

    private final ReportRequest request;
    private final ReportTexts t;
    private final PlanLabels labels;
    private final ReportComposer doc;
    private final DomainLabels domains;
    private final ProgressTables tables;

    private ProgressReport(ReportRequest request) {
        this.request = request;
        this.t = ReportTexts.of(request.locale());
        this.labels = new PlanLabels(t);
        this.doc = new ReportComposer(t);
        this.domains = new DomainLabels(request.plan(), labels);
        this.tables = new ProgressTables(labels);
    }

    static Report build(ReportRequest request) {
        return new ProgressReport(request).build();
    }

    private Report build() {
        Plan plan = request.plan();
        List<IndicatorProgress> progress = ProgressCalculator.compute(plan, request.asOf());
        overview(progress);
        new MapSection(doc, t, request.locale()).write(plan);
        doc.heading(1, t.get("progress.indicators"));
        if (progress.isEmpty()) {
            doc.note(t.get("progress.noIndicators"));
        }
        for (IndicatorProgress p : progress) {
            indicator(p);
        }
        return doc.build(request.type(), ReportHeader.title(request, labels), ReportHeader.meta(request, labels));
    }

    private void overview(List<IndicatorProgress> progress) {
        doc.heading(1, t.get("progress.overview"));
        doc.paragraph(t.get("progress.overview.text", labels.date(request.asOf()), progress.size(),
                progress.stream().filter(p -> p.behindTarget().orElse(false)).count()));
        List<Figure> figures = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (IndicatorProgress p : progress) {
            String name = labels.indicator(p.indicator());
            String unit = labels.text(p.indicator().getUnit());
            figures.add(new Figure(name, figureValue(p, unit), figureDetail(p, unit)));
            rows.add(Row.body(Cell.text(name), p.target().map(Cell::number).orElseGet(Cell::empty),
                    Cell.text(String.valueOf(p.targetYear())), Cell.number(p.achieved()),
                    p.target().filter(target -> target.signum() > 0)
                            .map(target -> Cell.percent(PlanLabels.ratio(p.achieved(), target.longValue())))
                            .orElseGet(Cell::empty),
                    p.projectedAtTargetYear().map(Cell::number).orElseGet(Cell::empty), Cell.text(verdict(p))));
        }
        doc.figures(figures);
        if (progress.isEmpty()) {
            return;
        }
        doc.table(t.get("progress.table.overview"), t.get("progress.sheet.overview"),
                List.of(new Column(t.get("col.indicator"), 6), new Column(t.get("col.target"), 2),
                        new Column(t.get("col.targetYear"), 2), new Column(t.get("col.achieved"), 2),
                        new Column(t.get("col.rate"), 2), new Column(t.get("col.projected"), 2),
                        new Column(t.get("col.verdict"), 3)),
                rows);
        doc.chart(t.get("progress.chart.overview"), ProgressCharts.overview(progress, request.locale()),
                t.get("progress.sheet.overviewChart"),
                List.of(new Column(t.get("col.indicator"), 6), new Column(t.get("col.achieved"), 2),
                        new Column(t.get("col.target"), 2), new Column(t.get("col.projected"), 2)),
                progress.stream().map(p -> Row.body(Cell.text(labels.indicator(p.indicator())), Cell.number(p.achieved()),
                        p.target().map(Cell::number).orElseGet(Cell::empty),
                        p.projectedAtTargetYear().map(Cell::number).orElseGet(Cell::empty))).toList());
    }

    private void indicator(IndicatorProgress p) {
        String name = labels.indicator(p.indicator());
        String unit = labels.text(p.indicator().getUnit());
        String code = code(p);
        doc.heading(2, name);
        doc.paragraph(t.get("progress.indicator.text", achievedText(p, unit), outlook(p, unit),
                labels.accumulation(p.accumulation())));

        doc.heading(3, t.get("progress.byYear"));
        doc.chart(t.get("progress.chart.byYear", name), ProgressCharts.byYear(p, request.locale()),
                t.get("progress.sheet.byYear", code), tables.yearColumns(), tables.yearRows(p));

        doc.heading(3, t.get("progress.byArea"));
        breakdown(p.byTaskArea(), p.withoutTask(), this::areaLabel, t.get("progress.table.byArea", name),
                t.get("progress.sheet.byArea", code), t.get("col.area"));

        doc.heading(3, t.get("progress.byDomain"));
        if (!p.byDomain().isEmpty()) {
            doc.chart(t.get("progress.chart.byDomain", name), ProgressCharts.byDomain(p, request.locale(), domains::label),
                    t.get("progress.sheet.byDomain", code), tables.breakdownColumns(t.get("col.domain")),
                    tables.breakdownRows(p.byDomain(), domains::label, p.items().size()));
        } else {
            doc.note(t.get("progress.none"));
        }

        doc.heading(3, t.get("progress.byCountry"));
        if (!p.byCountry().isEmpty()) {
            doc.chart(t.get("progress.chart.byCountry", name), ProgressCharts.byCountry(p, request.locale()),
                    t.get("progress.sheet.byCountry", code), tables.breakdownColumns(t.get("col.country")),
                    tables.breakdownRows(p.byCountry(), labels::country, p.items().size()));
            if (p.byCountry().size() > ProgressCharts.MAX_COUNTRIES) {
                doc.note(t.get("progress.countriesCut", ProgressCharts.MAX_COUNTRIES, p.byCountry().size()));
            }
        } else {
            doc.note(t.get("progress.none"));
        }
        if (!p.withoutCountry().isEmpty()) {
            doc.note(t.get("progress.withoutCountry", p.withoutCountry().size()));
        }

        doc.heading(3, t.get("progress.items"));
        if (p.achievedItems().isEmpty()) {
            doc.note(t.get("progress.noItems"));
        } else {
            doc.table(t.get("progress.table.items", name), t.get("progress.sheet.items", code), tables.itemColumns(),
                    tables.itemRows(p.achievedItems()));
        }
    }

    private <K> void breakdown(Map<K, List<RegistryItem>> groups, List<RegistryItem> outside,
            Function<K, String> label, String title, String sheet, String keyHeader) {
        if (groups.isEmpty() && outside.isEmpty()) {
            doc.note(t.get("progress.none"));
            return;
        }
        List<Row> rows = new ArrayList<>(tables.breakdownRows(groups, label,
                groups.values().stream().mapToInt(List::size).sum() + outside.size()));
        if (!outside.isEmpty()) {
            rows.add(Row.body(Cell.text(t.get("progress.withoutTask")), Cell.number(outside.size()), Cell.empty()));
        }
        doc.table(title, sheet, tables.breakdownColumns(keyHeader), rows);
    }

    private String areaLabel(TaskArea area) {
        return labels.area(area);
    }

    private String achievedText(IndicatorProgress p, String unit) {
        return p.target()
                .map(target -> t.get("progress.achievedOf", String.valueOf(p.achieved()), labels.number(target), unit,
                        target.signum() > 0 ? labels.percent(PlanLabels.ratio(p.achieved(), target.longValue())) : "—"))
                .orElseGet(() -> t.get("progress.achievedOnly", String.valueOf(p.achieved()), unit));
    }

    private String figureValue(IndicatorProgress p, String unit) {
        return p.target().map(target -> t.get("progress.figure", String.valueOf(p.achieved()), labels.number(target), unit))
                .orElseGet(() -> t.get("progress.achievedOnly", String.valueOf(p.achieved()), unit));
    }

    private String figureDetail(IndicatorProgress p, String unit) {
        String rate = p.target().filter(target -> target.signum() > 0)
                .map(target -> t.get("progress.rate", labels.percent(PlanLabels.ratio(p.achieved(), target.longValue()))))
                .orElse("");
        return rate + outlook(p, unit);
    }

    private String outlook(IndicatorProgress p, String unit) {
        return p.projectedAtTargetYear()
                .map(projected -> t.get(p.targetYearOver() ? "progress.final" : "progress.projected",
                        String.valueOf(p.targetYear()), labels.number(projected), unit))
                .orElseGet(() -> t.get("progress.notYetProjected"));
    }

    private String verdict(IndicatorProgress p) {
        return p.behindTarget().map(behind -> t.get(behind ? "verdict.behind" : "verdict.onTrack"))
                .orElseGet(() -> t.get("verdict.unknown"));
    }

    private static String code(IndicatorProgress p) {
        String code = p.indicator().getCode();
        return code == null || code.isBlank() ? p.indicator().getId() : code;
    }
}
