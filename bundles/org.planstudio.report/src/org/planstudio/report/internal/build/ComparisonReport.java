package org.planstudio.report.internal.build;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.planstudio.compare.ChangeKind;
import org.planstudio.compare.Comparison;
import org.planstudio.compare.ElementChange;
import org.planstudio.compare.FieldChange;
import org.planstudio.compare.MarkedText;
import org.planstudio.compare.Segment;
import org.planstudio.compare.Version;
import org.planstudio.report.ReportType;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.Report;
import org.planstudio.report.model.Row;

/**
 * The text before and after (修改前后对照表) as drafting offices hand it to the leadership: one
 * table of two columns, each changed element a group row in plan order (where it sits, what it is,
 * what happened to it), then one row per changed field with the old text on the left and the new on
 * the right, deletions and insertions marked. A Chinese report leaves out the translations, and
 * every report leaves out numbers that only shifted because something before them was added or removed.
 */
public final class ComparisonReport {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private ComparisonReport() {
    }

    public static Report build(Comparison comparison) {
        ReportTexts t = ReportTexts.of("zh".equals(comparison.locale().getLanguage()) ? java.util.Locale.SIMPLIFIED_CHINESE
                : java.util.Locale.ENGLISH);
        PlanLabels labels = new PlanLabels(t);
        ReportComposer doc = new ReportComposer(t);
        List<Row> rows = new ArrayList<>();
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        int listed = 0;
        int renumbered = 0;
        for (ElementChange element : comparison.elements()) {
            if (element.renumberedOnly()) {
                renumbered++;
                continue;
            }
            List<FieldChange> fields = element.fields().stream().filter(f -> shown(f, t)).toList();
            Set<ChangeKind> kinds = EnumSet.copyOf(element.kinds());
            // Changed only in what the report leaves out (a moved task's new number): moved, not changed.
            if (fields.stream().allMatch(f -> f.featurePath().equals(FieldChange.PLACE))) {
                kinds.remove(ChangeKind.CHANGED);
            }
            if (kinds.isEmpty()) {
                continue;
            }
            listed++;
            kinds.forEach(k -> counts.merge(k, 1, Integer::sum));
            rows.add(Row.group(group(element, kinds, t)));
            if (isLink(element) && (element.is(ChangeKind.ADDED) || element.is(ChangeKind.REMOVED))) {
                // A whole link reads as one line (kind: source → target), not as its three fields.
                MarkedText link = MarkedText.of(element.label(),
                        element.is(ChangeKind.ADDED) ? org.planstudio.compare.Mark.INSERTED : org.planstudio.compare.Mark.DELETED);
                String name = t.get("cmp.link");
                rows.add(element.is(ChangeKind.ADDED) ? Row.body(Cell.empty(), cell(name, link, t))
                        : Row.body(cell(name, link, t), Cell.empty()));
                continue;
            }
            for (FieldChange field : fields) {
                rows.add(Row.body(cell(field.field(), field.before(), t), cell(field.field(), field.after(), t)));
            }
        }
        if (listed == 0) {
            doc.paragraph(t.get("cmp.none"));
        } else {
            doc.paragraph(t.get("cmp.summary", listed, counts.getOrDefault(ChangeKind.ADDED, 0),
                    counts.getOrDefault(ChangeKind.REMOVED, 0), counts.getOrDefault(ChangeKind.MOVED, 0),
                    counts.getOrDefault(ChangeKind.CHANGED, 0)));
            doc.table(t.get("cmp.table"), t.get("cmp.sheet"),
                    List.of(new Column(t.get("cmp.col.before"), 1), new Column(t.get("cmp.col.after"), 1)), rows);
            doc.note(t.get("cmp.note"));
        }
        if (renumbered > 0) {
            doc.note(t.get("cmp.renumbered", renumbered));
        }
        List<String> meta = List.of(t.get("cmp.meta.from", version(comparison.from(), t, labels)),
                t.get("cmp.meta.to", version(comparison.to(), t, labels)));
        return doc.build(ReportType.COMPARISON, t.get("title.compare", comparison.planTitle()), meta);
    }

    private static boolean isLink(ElementChange element) {
        return element.elementClass().equals("TraceLink");
    }

    private static boolean shown(FieldChange field, ReportTexts t) {
        return !field.number() && !(t.chinese() && field.translation());
    }

    private static String group(ElementChange element, Set<ChangeKind> shownKinds, ReportTexts t) {
        String kinds = shownKinds.stream().sorted().map(k -> t.get("cmp.kind." + k.name()))
                .collect(Collectors.joining(t.chinese() ? "\u3001" : ", "));
        String where = element.context().isEmpty() ? element.label() : element.context() + " / " + element.label();
        return t.get("cmp.group", where, kinds);
    }

    /** The field's name, then its text as this version has it, marked. */
    private static Cell cell(String field, MarkedText text, ReportTexts t) {
        if (text.isEmpty()) {
            return Cell.empty();
        }
        List<Cell.Marked.Run> runs = new ArrayList<>();
        runs.add(new Cell.Marked.Run(t.get("cmp.field", field), Cell.Marked.Mark.KEPT));
        for (Segment segment : text.segments()) {
            runs.add(new Cell.Marked.Run(segment.text(), switch (segment.mark()) {
            case SAME -> Cell.Marked.Mark.KEPT;
            case DELETED -> Cell.Marked.Mark.DELETED;
            case INSERTED -> Cell.Marked.Mark.INSERTED;
            }));
        }
        return new Cell.Marked(runs);
    }

    private static String version(Version version, ReportTexts t, PlanLabels labels) {
        if (version.revision() == 0) {
            return t.get("cmp.version.unsaved");
        }
        String name = version.baseline().map(b -> t.get("cmp.version.baseline", version.revision(), b))
                .orElseGet(() -> t.get("cmp.version.revision", version.revision()));
        return version.savedAt()
                .map(at -> t.get("cmp.version.saved", name, version.author(), labels.date(LocalDate.ofInstant(at, BEIJING))))
                .orElse(name);
    }
}
