package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.planstudio.consultation.CommentQueries;
import org.planstudio.consultation.Units;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.report.ReportRequest;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.KeyFigures.Figure;
import org.planstudio.report.model.Report;
import org.planstudio.report.model.Row;

/**
 * 意见采纳情况: how the comments received were handled, as a drafting office reports it to the
 * leadership: the totals by disposition and by source, then every comment under its source with
 * the element it concerns, the decision and the reason.
 */
final class CommentsReport {

    /** Decided first, in the order the office reports them; pending last. */
    static final List<Disposition> ORDER = List.of(Disposition.ADOPTED, Disposition.PARTIALLY_ADOPTED,
            Disposition.NOT_ADOPTED, Disposition.PENDING);

    private CommentsReport() {
    }

    static Report build(ReportRequest request) {
        ReportTexts t = ReportTexts.of(request.locale());
        PlanLabels labels = new PlanLabels(t);
        ReportComposer doc = new ReportComposer(t);
        Plan plan = request.plan();
        List<Comment> comments = CommentQueries.all(plan);
        Map<Disposition, Integer> counts = CommentQueries.countByDisposition(comments);

        doc.heading(1, t.get("comments.overview"));
        if (comments.isEmpty()) {
            doc.paragraph(t.get("comments.none"));
            return doc.build(request.type(), ReportHeader.title(request, labels), ReportHeader.meta(request, labels));
        }
        int sources = CommentQueries.countBySource(plan).size();
        doc.paragraph(t.get("comments.intro", comments.size(), sources, counts.get(Disposition.ADOPTED),
                counts.get(Disposition.PARTIALLY_ADOPTED), counts.get(Disposition.NOT_ADOPTED),
                counts.get(Disposition.PENDING)));
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(t.get("comments.fig.total"), String.valueOf(comments.size()), ""));
        for (Disposition d : ORDER) {
            figures.add(new Figure(disposition(t, d), String.valueOf(counts.get(d)), labels.share(counts.get(d), comments.size())));
        }
        doc.figures(figures);

        List<Row> byDisposition = new ArrayList<>();
        for (Disposition d : ORDER) {
            byDisposition.add(Row.body(Cell.text(disposition(t, d)), Cell.number(counts.get(d)),
                    Cell.percent(PlanLabels.ratio(counts.get(d), comments.size()))));
        }
        byDisposition.add(Row.total(Cell.text(t.get("comments.total")), Cell.number(comments.size()),
                Cell.percent(PlanLabels.ratio(comments.size(), comments.size()))));
        doc.table(t.get("comments.table.disposition"), t.get("comments.sheet.disposition"),
                List.of(new Column(t.get("col.disposition"), 6), new Column(t.get("col.count"), 3),
                        new Column(t.get("col.share"), 3)),
                byDisposition);

        List<Row> bySource = new ArrayList<>();
        for (Map.Entry<Consultation, Map<Disposition, Integer>> source : CommentQueries.countBySource(plan).entrySet()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(source(labels, source.getKey())));
            cells.add(Cell.number(source.getKey().getComments().size()));
            ORDER.forEach(d -> cells.add(Cell.number(source.getValue().get(d))));
            bySource.add(Row.body(cells.toArray(Cell[]::new)));
        }
        List<Cell> total = new ArrayList<>(List.of(Cell.text(t.get("comments.total")), Cell.number(comments.size())));
        ORDER.forEach(d -> total.add(Cell.number(counts.get(d))));
        bySource.add(Row.total(total.toArray(Cell[]::new)));
        List<Column> sourceColumns = new ArrayList<>(List.of(new Column(t.get("col.source"), 12),
                new Column(t.get("col.commentCount"), 4)));
        ORDER.forEach(d -> sourceColumns.add(new Column(disposition(t, d), 4)));
        doc.table(t.get("comments.table.source"), t.get("comments.sheet.source"), sourceColumns, bySource);

        doc.heading(1, t.get("comments.list"));
        doc.paragraph(t.get("comments.list.intro"));
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (Consultation consultation : plan.getConsultations()) {
            if (consultation.getComments().isEmpty()) {
                continue;
            }
            rows.add(Row.group(source(labels, consultation)));
            for (Comment comment : consultation.getComments()) {
                number++;
                String unit = Units.name(comment);
                rows.add(Row.body(Cell.number(number),
                        unit.isEmpty() ? Cell.empty() : Cell.text(unitLabel(labels, comment)),
                        Cell.text(concerns(t, labels, comment)), Cell.text(labels.text(comment.getText())),
                        Cell.text(disposition(t, comment.getDisposition())),
                        comment.getReason() == null || labels.text(comment.getReason()).isBlank() ? Cell.empty()
                                : Cell.text(labels.text(comment.getReason()))));
            }
        }
        doc.table(t.get("comments.table.list"), t.get("comments.sheet.list"),
                // Weights fit a Word page of 36 table characters: unit names of a think tank's length
                // wrap twice at most, 部分采纳 stays on one line, the comment and the reason get the room.
                List.of(new Column(t.get("col.no"), 2), new Column(t.get("col.proposer"), 5),
                        new Column(t.get("col.concerns"), 5), new Column(t.get("col.comment"), 11),
                        new Column(t.get("col.disposition"), 4), new Column(t.get("col.reason"), 9)),
                rows);
        doc.note(t.get("comments.note"));
        return doc.build(request.type(), ReportHeader.title(request, labels), ReportHeader.meta(request, labels));
    }

    static String disposition(ReportTexts t, Disposition disposition) {
        return t.get("disposition." + (disposition == null ? Disposition.PENDING : disposition).name());
    }

    private static String source(PlanLabels labels, Consultation consultation) {
        String title = labels.text(consultation.getTitle());
        return title.isBlank() ? consultation.getId() : title;
    }

    private static String unitLabel(PlanLabels labels, Comment comment) {
        return comment.getAuthor() != null ? labels.organization(comment.getAuthor()) : Units.name(comment);
    }

    /** The elements by name; a clause that matched nothing as it was written, marked so. */
    private static String concerns(ReportTexts t, PlanLabels labels, Comment comment) {
        List<String> parts = new ArrayList<>();
        for (Identified element : comment.getConcerns()) {
            if (element instanceof Plan) {
                parts.add(t.get("comments.wholePlan"));
            } else if (element instanceof TaskArea area) {
                parts.add(labels.area(area));
            } else {
                parts.add(labels.element(element));
            }
        }
        if (!parts.isEmpty()) {
            return labels.join(parts);
        }
        String clause = comment.getClause() == null ? "" : comment.getClause().strip();
        return clause.isEmpty() ? t.get("comments.general") : t.get("comments.asWritten", clause);
    }
}
