package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.report.ReportRequest;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Cell;
import org.planstudio.report.model.Column;
import org.planstudio.report.model.KeyFigures.Figure;
import org.planstudio.report.model.Report;
import org.planstudio.report.model.Row;

/**
 * Traceability: goal → indicator → contributing tasks → the registry items implementing them;
 * safeguards → the tasks they support; every task's links in one table; what is not covered.
 * Coverage here is about links only; progress figures come from the trace service.
 */
final class TraceabilityReport {

    private static final int NAMES_PER_CELL = 10;

    private final ReportRequest request;
    private final ReportTexts t;
    private final PlanLabels labels;
    private final Plan plan;
    private final TaskLinks links;
    private final List<KeyTask> tasks;
    private final List<Indicator> indicators;
    private final ReportComposer doc;

    private TraceabilityReport(ReportRequest request) {
        this.request = request;
        this.t = ReportTexts.of(request.locale());
        this.labels = new PlanLabels(t);
        this.plan = request.plan();
        this.links = new TaskLinks(plan);
        this.tasks = links.tasks();
        this.indicators = PlanContents.indicators(plan);
        this.doc = new ReportComposer(t);
    }

    static Report build(ReportRequest request) {
        return new TraceabilityReport(request).build();
    }

    private Report build() {
        overview();
        goals();
        safeguards();
        taskDetail();
        uncovered();
        return doc.build(request.type(), ReportHeader.title(request, labels), ReportHeader.meta(request, labels));
    }

    private void overview() {
        List<RegistryItem> items = PlanContents.registryItems(plan);
        doc.heading(1, t.get("trace.overview"));
        doc.paragraph(t.get("trace.overview.text", tasks.size(), plan.getTaskAreas().size(), indicators.size(),
                plan.getSafeguards().size(), items.size()));
        doc.figures(List.of(
                new Figure(t.get("trace.fig.tasksToIndicators"), labels.share(count(tasks, links::hasIndicator), tasks.size()),
                        t.get("trace.fig.tasksToIndicators.detail")),
                new Figure(t.get("trace.fig.indicatorsWithTasks"),
                        labels.share(count(indicators, i -> !links.contributors(i).isEmpty()), indicators.size()),
                        t.get("trace.fig.indicatorsWithTasks.detail")),
                new Figure(t.get("trace.fig.tasksWithSafeguards"), labels.share(count(tasks, links::hasSafeguard), tasks.size()),
                        t.get("trace.fig.tasksWithSafeguards.detail")),
                new Figure(t.get("trace.fig.tasksWithItems"), labels.share(count(tasks, links::hasItems), tasks.size()),
                        t.get("trace.fig.tasksWithItems.detail")),
                new Figure(t.get("trace.fig.itemsLinked"),
                        labels.share(count(items, links::implementsATask),
                                items.size()),
                        t.get("trace.fig.itemsLinked.detail"))));
    }

    private void goals() {
        doc.heading(1, t.get("trace.goals"));
        if (plan.getGoals().isEmpty()) {
            doc.note(t.get("trace.noGoals"));
        }
        for (Goal goal : plan.getGoals()) {
            String title = labels.text(goal.getTitle());
            doc.heading(2, title.isBlank() ? t.get("trace.goal", goal.getTargetYear()) : title);
            String text = labels.text(goal.getText());
            if (!text.isBlank()) {
                doc.paragraph(text);
            }
            indicatorTable(goal, title.isBlank() ? t.get("trace.goal", goal.getTargetYear()) : title);
            for (Indicator indicator : goal.getIndicators()) {
                indicator(indicator);
            }
        }
    }

    private void indicatorTable(Goal goal, String goalTitle) {
        if (goal.getIndicators().isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (Indicator indicator : goal.getIndicators()) {
            rows.add(Row.body(Cell.text(labels.indicator(indicator)),
                    indicator.getTarget() == null ? Cell.empty() : Cell.number(indicator.getTarget()),
                    Cell.text(labels.text(indicator.getUnit())), Cell.text(String.valueOf(indicator.getTargetYear())),
                    Cell.text(labels.accumulation(indicator.getAccumulation())), Cell.number(links.contributors(indicator).size())));
        }
        doc.table(t.get("trace.table.indicators", goalTitle), t.get("trace.sheet.indicators"),
                List.of(new Column(t.get("col.indicator"), 6), new Column(t.get("col.target"), 2),
                        new Column(t.get("col.unit"), 2), new Column(t.get("col.targetYear"), 2),
                        new Column(t.get("col.accumulation"), 2), new Column(t.get("col.taskCount"), 2)),
                rows);
    }

    private void indicator(Indicator indicator) {
        String name = labels.indicator(indicator);
        List<KeyTask> contributors = links.contributors(indicator);
        doc.heading(3, name);
        doc.paragraph(t.get("trace.indicator.text", labels.number(indicator.getTarget()), labels.text(indicator.getUnit()),
                String.valueOf(indicator.getTargetYear()), labels.accumulation(indicator.getAccumulation()),
                contributors.size()));
        String rule = indicator.getCountingRule() == null ? "" : labels.text(indicator.getCountingRule().getDescription());
        if (!rule.isBlank()) {
            doc.note(t.get("trace.indicator.rule", rule));
        }
        if (contributors.isEmpty()) {
            doc.note(t.get("trace.indicator.noTasks"));
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (KeyTask task : contributors) {
            List<RegistryItem> items = links.items(task).stream()
                    .filter(item -> indicator.getCountingRule() == null || indicator.getCountingRule().getRegistry() == null
                            || PlanContents.inRegistry(item, indicator.getCountingRule().getRegistry()))
                    .toList();
            rows.add(Row.body(Cell.number(task.getNumber()), Cell.text(labels.task(task)),
                    Cell.text(labels.units(task.getLeadUnits())), Cell.number(items.size()),
                    Cell.text(itemNames(items))));
        }
        doc.table(t.get("trace.table.indicatorTasks", name), t.get("trace.sheet.indicator", indicatorCode(indicator)),
                List.of(new Column(t.get("col.no"), 1), new Column(t.get("col.task"), 6), new Column(t.get("col.lead"), 3),
                        new Column(t.get("col.itemCount"), 2), new Column(t.get("col.items"), 6)),
                rows);
    }

    private void safeguards() {
        doc.heading(1, t.get("trace.safeguards"));
        if (plan.getSafeguards().isEmpty()) {
            doc.note(t.get("trace.noSafeguards"));
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (Safeguard safeguard : plan.getSafeguards()) {
            List<KeyTask> supported = links.supportedBy(safeguard);
            rows.add(Row.body(Cell.text(labels.element(safeguard)), Cell.text(taskNumbers(supported)),
                    Cell.number(supported.size())));
        }
        doc.table(t.get("trace.table.safeguards"), t.get("trace.sheet.safeguards"),
                List.of(new Column(t.get("col.safeguard"), 5), new Column(t.get("col.supportedTasks"), 6),
                        new Column(t.get("col.taskCount"), 2)),
                rows);
    }

    private void taskDetail() {
        doc.heading(1, t.get("trace.detail"));
        List<Row> rows = new ArrayList<>();
        for (TaskArea area : plan.getTaskAreas()) {
            rows.add(Row.group(labels.area(area)));
            for (KeyTask task : area.getTasks()) {
                List<String> indicatorNames = links.indicators(task).stream().map(labels::indicator).toList();
                List<String> principles = links.principles(task).stream()
                        .map(p -> labels.text(p.getName()).isBlank() ? labels.element(p) : labels.text(p.getName())).toList();
                List<String> safeguards = links.safeguards(task).stream()
                        .map(s -> labels.text(s.getTitle()).isBlank() ? labels.element(s) : labels.text(s.getTitle())).toList();
                rows.add(Row.body(Cell.number(task.getNumber()), Cell.text(labels.task(task)),
                        Cell.text(labels.join(indicatorNames)), Cell.text(labels.join(principles)),
                        Cell.text(labels.join(safeguards)),
                        Cell.number(links.items(task).size())));
            }
        }
        doc.table(t.get("trace.table.detail"), t.get("trace.sheet.detail"),
                List.of(new Column(t.get("col.no"), 1), new Column(t.get("col.task"), 6), new Column(t.get("col.indicators"), 5),
                        new Column(t.get("col.principles"), 3), new Column(t.get("col.safeguards"), 4),
                        new Column(t.get("col.itemCount"), 2)),
                rows);
    }

    private void uncovered() {
        doc.heading(1, t.get("trace.uncovered"));
        gapList(t.get("trace.uncovered.tasksWithoutIndicator"), filter(tasks, task -> !links.hasIndicator(task)));
        gapList(t.get("trace.uncovered.indicatorsWithoutTasks"),
                indicators.stream().filter(i -> links.contributors(i).isEmpty()).map(labels::indicator).toList());
        gapList(t.get("trace.uncovered.tasksWithoutSafeguard"), filter(tasks, task -> !links.hasSafeguard(task)));
        gapList(t.get("trace.uncovered.tasksWithoutItems"), filter(tasks, task -> !links.hasItems(task)));
    }

    private void gapList(String title, List<String> names) {
        doc.heading(2, title);
        if (names.isEmpty()) {
            doc.paragraph(t.get("trace.uncovered.none"));
        } else {
            doc.paragraph(t.get("trace.uncovered.list", names.size(), labels.join(names)));
        }
    }

    private List<String> filter(List<KeyTask> candidates, Predicate<KeyTask> test) {
        return candidates.stream().filter(test).map(labels::element).toList();
    }

    private String taskNumbers(List<KeyTask> supported) {
        return NumberRanges.format(supported.stream().mapToInt(KeyTask::getNumber).toArray(), t.get("list.separator"),
                t.get("range.dash"));
    }

    // Thousands of items would make one cell unreadable; the progress report lists them all.
    private String itemNames(List<RegistryItem> items) {
        int shown = Math.min(items.size(), NAMES_PER_CELL);
        List<String> names = new ArrayList<>(items.subList(0, shown).stream().map(labels::item).toList());
        String joined = labels.join(names);
        return items.size() > shown ? t.get("list.more", joined, items.size()) : joined;
    }

    private static String indicatorCode(Indicator indicator) {
        return indicator.getCode() == null || indicator.getCode().isBlank() ? indicator.getId() : indicator.getCode();
    }

    private static <T> long count(List<T> elements, Predicate<T> test) {
        return elements.stream().filter(test).count();
    }
}
