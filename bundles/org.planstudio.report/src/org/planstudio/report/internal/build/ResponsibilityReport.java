package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.List;

import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.report.ReportRequest;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.Report;
import org.planstudio.report.model.Row;

/**
 * The task responsibility table (任务分工表) as offices circulate it: one row per key task under
 * its task area, with lead and supporting units, deadline and status.
 */
final class ResponsibilityReport {

    private ResponsibilityReport() {
    }

    static Report build(ReportRequest request) {
        ReportTexts t = ReportTexts.of(request.locale());
        PlanLabels labels = new PlanLabels(t);
        ReportComposer doc = new ReportComposer(t);
        List<Row> rows = new ArrayList<>();
        int taskCount = 0;
        for (TaskArea area : request.plan().getTaskAreas()) {
            rows.add(Row.group(labels.area(area)));
            for (KeyTask task : area.getTasks()) {
                taskCount++;
                rows.add(Row.body(Cell.number(task.getNumber()), Cell.text(labels.task(task)),
                        Cell.text(labels.units(task.getLeadUnits())), Cell.text(labels.units(task.getSupportingUnits())),
                        labels.deadline(task).map(Cell::date).orElseGet(Cell::empty),
                        Cell.text(labels.taskStatus(task.getStatus()))));
            }
        }
        doc.paragraph(t.get("resp.intro", taskCount, request.plan().getTaskAreas().size()));
        doc.table(t.get("resp.table"), t.get("resp.sheet"),
                // Weights fit a Word page of 36 table characters: the deadline on one line.
                List.of(new Column(t.get("col.no"), 2), new Column(t.get("col.task"), 10), new Column(t.get("col.lead"), 7),
                        new Column(t.get("col.supporting"), 6), new Column(t.get("col.deadline"), 8),
                        new Column(t.get("col.status"), 4)),
                rows);
        doc.note(t.get("resp.note"));
        return doc.build(request.type(), ReportHeader.title(request, labels), ReportHeader.meta(request, labels));
    }
}
