package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.planstudio.model.plan.Contribution;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.report.ReportRequest;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.KeyFigures.Figure;
import org.planstudio.report.model.Report;
import org.planstudio.report.model.Row;
import org.planstudio.supervision.CloseOut;
import org.planstudio.supervision.Flag;
import org.planstudio.supervision.Light;
import org.planstudio.supervision.Lights;
import org.planstudio.supervision.Periods;
import org.planstudio.supervision.SupervisionRules;
import org.planstudio.supervision.TaskLight;
import org.planstudio.trace.IndicatorProgress;
import org.planstudio.trace.ProgressCalculator;

/**
 * The quarterly progress report (季度推进情况报告) leadership reads: overall progress against
 * the plan's targets and the period's lights; each area's tasks with the lead unit's update;
 * lagging and overdue tasks with their supervision notices; the next period's priorities; the
 * partner-country map after the overview. The period is the one asked for, or the latest one whose report date is
 * on or before the report date.
 */
final class QuarterlyReport {

    private final ReportRequest request;
    private final ReportTexts t;
    private final PlanLabels labels;
    private final ReportComposer doc;
    private final Locale locale;
    private final SupervisionCells cells;

    private QuarterlyReport(ReportRequest request) {
        this.request = request;
        this.t = ReportTexts.of(request.locale());
        this.labels = new PlanLabels(t);
        this.doc = new ReportComposer(t);
        this.locale = request.locale();
        this.cells = new SupervisionCells(t, labels, locale);
    }

    static Report build(ReportRequest request) {
        return new QuarterlyReport(request).build();
    }

    private Report build() {
        Plan plan = request.plan();
        ReportingPeriod period = ReportPeriods.chosen(request);
        List<TaskLight> lights = Lights.evaluate(plan, period, request.asOf(), SupervisionRules.defaults());
        overview(plan, period, lights);
        // Where the cooperation is, right after how far it has come; the next steps stay last.
        new MapSection(doc, t, locale).write(plan);
        areas(plan, period, lights);
        flagged(plan, lights);
        priorities(plan, period, lights);
        doc.note(t.get("quarterly.note"));
        List<String> meta = new ArrayList<>(ReportHeader.meta(request, labels));
        meta.add(0, cells.period(period));
        return doc.build(request.type(), t.get("title.quarterly", labels.planTitle(plan), Periods.label(period, locale)),
                meta);
    }

    private void overview(Plan plan, ReportingPeriod period, List<TaskLight> lights) {
        doc.heading(1, t.get("quarterly.overview"));
        long closed = lights.stream().filter(TaskLight::closedOut).count();
        long red = count(lights, Light.RED);
        long yellow = count(lights, Light.YELLOW);
        long reported = lights.stream().filter(l -> l.update().map(u -> org.planstudio.supervision.Updates.isReported(u))
                .orElse(false)).count();
        doc.paragraph(t.get("quarterly.overview.text", labels.date(request.asOf()), lights.size(), closed, reported,
                red, yellow, lights.size() - red - yellow));
        List<IndicatorProgress> progress = ProgressCalculator.compute(plan, request.asOf());
        List<Figure> figures = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (IndicatorProgress p : progress) {
            String name = labels.indicator(p.indicator());
            String target = p.target().map(labels::number).orElse("—");
            figures.add(new Figure(name, String.valueOf(p.achieved()), t.get("quarterly.figure.detail", target,
                    String.valueOf(p.targetYear()))));
            rows.add(Row.body(Cell.text(name), p.target().map(Cell::number).orElseGet(Cell::empty),
                    Cell.number(p.achieved()), p.projectedAtTargetYear().map(Cell::number).orElseGet(Cell::empty)));
        }
        figures.add(new Figure(t.get("quarterly.figure.lights"), t.get("quarterly.figure.lightsValue", red, yellow),
                t.get("quarterly.figure.lightsDetail", lights.size())));
        doc.figures(figures);
        if (!rows.isEmpty()) {
            doc.table(t.get("quarterly.targets"), t.get("quarterly.targets.sheet"),
                    List.of(new Column(t.get("col.indicator"), 10), new Column(t.get("col.target"), 4),
                            new Column(t.get("col.achieved"), 4), new Column(t.get("col.projected"), 5)),
                    rows);
        }
    }

    private void areas(Plan plan, ReportingPeriod period, List<TaskLight> lights) {
        doc.heading(1, t.get("quarterly.areas"));
        List<Row> rows = new ArrayList<>();
        for (TaskArea area : plan.getTaskAreas()) {
            rows.add(Row.group(labels.area(area)));
            for (KeyTask task : area.getTasks()) {
                TaskLight light = light(lights, task);
                Optional<ProgressUpdate> update = light.update();
                rows.add(Row.body(Cell.number(task.getNumber()), Cell.text(labels.task(task)),
                        Cell.text(labels.units(task.getLeadUnits())), Cell.text(cells.light(light)),
                        light.reportedPercent().map(p -> Cell.text(p + "%")).orElseGet(Cell::empty),
                        Cell.text(update.map(this::doneWithContributions)
                                .orElse(t.get(light.closedOut() ? "quarterly.closedOut" : "quarterly.notReported"))),
                        Cell.text(update.map(u -> labels.text(u.getProblems())).orElse(""))));
            }
        }
        doc.table(t.get("quarterly.tasks", Periods.label(period, locale)), t.get("quarterly.tasks.sheet"),
                List.of(new Column(t.get("col.no"), 2), new Column(t.get("col.task"), 8), new Column(t.get("col.lead"), 5),
                        new Column(t.get("quarterly.col.light"), 4), new Column(t.get("quarterly.col.percent"), 3),
                        new Column(t.get("quarterly.col.done"), 9), new Column(t.get("quarterly.col.problems"), 6)),
                rows);
    }

    private void flagged(Plan plan, List<TaskLight> lights) {
        doc.heading(1, t.get("quarterly.flagged"));
        List<Row> rows = new ArrayList<>();
        for (TaskLight light : lights) {
            if (!light.has(Flag.LAGGING) && !light.has(Flag.OVERDUE) && !light.has(Flag.UNREPORTED)) {
                continue;
            }
            rows.add(Row.body(Cell.number(light.task().getNumber()), Cell.text(labels.task(light.task())),
                    Cell.text(labels.units(light.task().getLeadUnits())), Cell.text(cells.flags(light)),
                    light.deadline().map(Cell::date).orElseGet(Cell::empty),
                    Cell.text(cells.notices(plan, light.task()))));
        }
        if (rows.isEmpty()) {
            doc.paragraph(t.get("quarterly.flagged.none"));
            return;
        }
        doc.paragraph(t.get("quarterly.flagged.text", rows.size()));
        doc.table(t.get("quarterly.flagged.table"), t.get("quarterly.flagged.sheet"),
                List.of(new Column(t.get("col.no"), 2), new Column(t.get("col.task"), 8), new Column(t.get("col.lead"), 5),
                        new Column(t.get("quarterly.col.flags"), 5), new Column(t.get("col.deadline"), 5),
                        new Column(t.get("quarterly.col.notices"), 9)),
                rows);
    }

    private void priorities(Plan plan, ReportingPeriod period, List<TaskLight> lights) {
        doc.heading(1, t.get("quarterly.next"));
        int written = 0;
        for (TaskLight light : lights) {
            if (light.closedOut() || CloseOut.isClosedOut(plan, light.task())) {
                continue;
            }
            Optional<String> next = light.update().map(u -> labels.text(u.getNextSteps())).filter(s -> !s.isBlank());
            if (next.isPresent()) {
                doc.paragraph(t.get("quarterly.next.item", labels.task(light.task()), next.get()));
                written++;
            }
        }
        if (written == 0) {
            doc.paragraph(t.get("quarterly.next.none"));
        }
    }

    /** The lead unit's work, then each supporting unit's part (配合单位) after it. */
    private String doneWithContributions(ProgressUpdate update) {
        StringBuilder text = new StringBuilder(labels.text(update.getDone()));
        for (Contribution part : update.getContributions()) {
            if (text.length() > 0) {
                text.append(t.chinese() ? "；" : "; ");
            }
            text.append(t.get("quarterly.contribution",
                    part.getUnit() == null ? "" : labels.units(List.of(part.getUnit())), labels.text(part.getText())));
        }
        return text.toString();
    }

    private static TaskLight light(List<TaskLight> lights, KeyTask task) {
        return lights.stream().filter(l -> l.task() == task).findFirst().orElseThrow();
    }

    private static long count(List<TaskLight> lights, Light light) {
        return lights.stream().filter(l -> l.light() == light).count();
    }
}
