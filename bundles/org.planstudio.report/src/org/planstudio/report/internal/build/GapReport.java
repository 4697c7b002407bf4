package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.planstudio.model.plan.TraceLink;
import org.planstudio.report.ReportRequest;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.KeyFigures.Figure;
import org.planstudio.report.model.Report;
import org.planstudio.report.model.Row;
import org.planstudio.trace.Gap;
import org.planstudio.trace.GapAnalysis;
import org.planstudio.trace.GapKind;
import org.planstudio.trace.Severity;

/**
 * Everything the trace service's gap analysis finds: a count by kind, then the findings to fix
 * (errors) and those to look at (warnings), each with the element and the analysis's message.
 */
final class GapReport {

    private GapReport() {
    }

    static Report build(ReportRequest request) {
        ReportTexts t = ReportTexts.of(request.locale());
        PlanLabels labels = new PlanLabels(t);
        ReportComposer doc = new ReportComposer(t);
        List<Gap> gaps = GapAnalysis.analyse(request.plan(), request.asOf());
        Map<GapKind, Integer> byKind = new EnumMap<>(GapKind.class);
        gaps.forEach(gap -> byKind.merge(gap.kind(), 1, Integer::sum));
        long errors = gaps.stream().filter(gap -> gap.severity() == Severity.ERROR).count();

        doc.heading(1, t.get("gaps.overview"));
        doc.paragraph(gaps.isEmpty() ? t.get("gaps.overview.none", labels.date(request.asOf()))
                : t.get("gaps.overview.text", labels.date(request.asOf()), gaps.size(), errors, gaps.size() - errors));
        doc.figures(List.of(new Figure(t.get("gaps.fig.total"), String.valueOf(gaps.size()), ""),
                new Figure(Severity.ERROR.label(request.locale()), String.valueOf(errors), t.get("gaps.fig.errors")),
                new Figure(Severity.WARNING.label(request.locale()), String.valueOf(gaps.size() - errors),
                        t.get("gaps.fig.warnings"))));
        List<Row> kinds = new ArrayList<>();
        for (GapKind kind : GapKind.values()) {
            kinds.add(Row.body(Cell.text(kind.label(request.locale())), Cell.text(kind.severity().label(request.locale())),
                    Cell.number(byKind.getOrDefault(kind, 0))));
        }
        doc.table(t.get("gaps.table.kinds"), t.get("gaps.sheet.kinds"),
                List.of(new Column(t.get("col.gapKind"), 6), new Column(t.get("col.severity"), 2),
                        new Column(t.get("col.count"), 2)),
                kinds);

        doc.heading(1, t.get("gaps.findings"));
        for (Severity severity : Severity.values()) {
            doc.heading(2, t.get("gaps.severity." + severity.name()));
            List<Row> rows = new ArrayList<>();
            for (Gap gap : gaps) {
                if (gap.severity() == severity) {
                    rows.add(Row.body(Cell.number(rows.size() + 1), Cell.text(gap.kind().label(request.locale())),
                            Cell.text(element(gap, labels)), Cell.text(gap.message(request.locale()))));
                }
            }
            if (rows.isEmpty()) {
                doc.paragraph(t.get("gaps.noneOfSeverity"));
                continue;
            }
            doc.table(t.get("gaps.table." + severity.name()), t.get("gaps.sheet." + severity.name()),
                    List.of(new Column(t.get("col.no"), 1), new Column(t.get("col.gapKind"), 3),
                            new Column(t.get("col.element"), 4), new Column(t.get("col.message"), 8)),
                    rows);
        }
        return doc.build(request.type(), ReportHeader.title(request, labels), ReportHeader.meta(request, labels));
    }

    // A link has no name of its own; it reads as its two ends.
    private static String element(Gap gap, PlanLabels labels) {
        if (gap.element() instanceof TraceLink link) {
            return (link.getSource() == null ? "?" : labels.element(link.getSource())) + " \u2192 "
                    + (link.getTarget() == null ? "?" : labels.element(link.getTarget()));
        }
        return labels.element(gap.element());
    }
}
