package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.report.ReportRequest;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.KeyFigures.Figure;
import org.planstudio.report.model.Report;
import org.planstudio.report.model.Row;
import org.planstudio.supervision.Briefing;
import org.planstudio.supervision.Periods;
import org.planstudio.supervision.SupervisionRules;
import org.planstudio.supervision.TaskLight;

/**
 * The briefing (情况通报) the supervising office circulates: the period's red and yellow tasks by
 * lead unit, red first, each with why it is flagged, its deadline, reported progress and notices.
 * The period is chosen as for the quarterly report.
 */
final class BriefingReport {

    private final ReportRequest request;
    private final ReportTexts t;
    private final PlanLabels labels;
    private final ReportComposer doc;
    private final SupervisionCells cells;
    private final Locale locale;

    private BriefingReport(ReportRequest request) {
        this.request = request;
        this.t = ReportTexts.of(request.locale());
        this.labels = new PlanLabels(t);
        this.doc = new ReportComposer(t);
        this.locale = request.locale();
        this.cells = new SupervisionCells(t, labels, locale);
    }

    static Report build(ReportRequest request) {
        return new BriefingReport(request).build();
    }

    private Report build() {
        Plan plan = request.plan();
        ReportingPeriod period = ReportPeriods.chosen(request);
        Briefing briefing = Briefing.of(plan, period, request.asOf(), SupervisionRules.defaults());
        int total = briefing.red() + briefing.yellow() + briefing.green();
        doc.heading(1, t.get("briefing.overview"));
        doc.paragraph(t.get("briefing.overview.text", labels.date(request.asOf()), total, briefing.red(), briefing.yellow(),
                briefing.green()));
        doc.figures(List.of(new Figure(t.get("briefing.figure.red"), String.valueOf(briefing.red()),
                t.get("quarterly.figure.lightsDetail", total)),
                new Figure(t.get("briefing.figure.yellow"), String.valueOf(briefing.yellow()),
                        t.get("quarterly.figure.lightsDetail", total))));
        doc.heading(1, t.get("briefing.units"));
        if (briefing.units().isEmpty()) {
            doc.paragraph(t.get("briefing.none"));
        } else {
            units(plan, briefing);
        }
        doc.note(t.get("quarterly.note"));
        List<String> meta = new ArrayList<>(ReportHeader.meta(request, labels));
        meta.add(0, cells.period(period));
        return doc.build(request.type(), t.get("title.briefing", labels.planTitle(plan), Periods.label(period, locale)),
                meta);
    }

    private void units(Plan plan, Briefing briefing) {
        List<Row> rows = new ArrayList<>();
        int index = 1;
        for (Briefing.UnitEntry entry : briefing.units()) {
            String unit = entry.unit().map(u -> labels.units(List.of(u))).orElse(t.get("briefing.noUnit"));
            // Under a section headed 二、 the units are numbered （一）（二）, as GB/T 9704 documents number their levels.
            String number = t.chinese() ? "（" + ChineseNumerals.of(index) + "）" : index + ". ";
            index++;
            doc.paragraph(t.get("briefing.unit", number, unit, entry.red().size(), entry.yellow().size()));
            rows.add(Row.group(unit));
            entry.red().forEach(light -> rows.add(row(plan, light)));
            entry.yellow().forEach(light -> rows.add(row(plan, light)));
        }
        doc.table(t.get("briefing.table"), t.get("briefing.sheet"),
                List.of(new Column(t.get("col.no"), 2), new Column(t.get("col.task"), 8),
                        new Column(t.get("quarterly.col.light"), 4), new Column(t.get("briefing.col.why"), 5),
                        new Column(t.get("col.deadline"), 4), new Column(t.get("quarterly.col.percent"), 3),
                        new Column(t.get("quarterly.col.notices"), 8)),
                rows);
    }

    private Row row(Plan plan, TaskLight light) {
        return Row.body(Cell.number(light.task().getNumber()), Cell.text(labels.task(light.task())),
                Cell.text(cells.light(light)), Cell.text(cells.flags(light)),
                light.deadline().map(Cell::date).orElseGet(Cell::empty),
                light.reportedPercent().map(p -> Cell.text(p + "%")).orElseGet(Cell::empty),
                Cell.text(cells.notices(plan, light.task())));
    }
}
