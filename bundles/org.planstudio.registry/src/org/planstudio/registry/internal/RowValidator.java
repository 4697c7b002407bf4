package org.planstudio.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.check.PlanLimits;
import org.planstudio.model.check.PlanProblem;
import org.planstudio.model.check.XmlChars;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.registry.CountryCatalogue;
import org.planstudio.registry.CountryName;
import org.planstudio.registry.ItemStatuses;
import org.planstudio.registry.ItemType;
import org.planstudio.registry.ItemTypes;
import org.planstudio.registry.RegistryKinds;
import org.planstudio.registry.io.ImportProblem;
import org.planstudio.registry.io.ImportProblem.Reason;
import org.planstudio.registry.io.RegistryColumn;

/**
 * Checks one row on its own: every cell is checked (not just up to the first problem) so that
 * staff can fix a row in one go. Checks across rows are {@link CrossRowChecks}.
 */
public final class RowValidator {

    private final PlanIndex plan;
    private final Table table;
    private final HeaderLayout layout;
    private final Optional<RegistryKind> tableKind;

    public RowValidator(PlanIndex plan, Table table, HeaderLayout layout, Optional<RegistryKind> tableKind) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.table = Objects.requireNonNull(table, "table");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.tableKind = Objects.requireNonNull(tableKind, "tableKind");
    }

    public RowOutcome check(Table.Row row) {
        List<ImportProblem> problems = new ArrayList<>();
        // A 50 MB cell must not reach the message either: values are shown shortened.
        Problems report = (column, value, reason, arguments) -> problems.add(new ImportProblem(table.sheet(),
                row.number(), Optional.ofNullable(column), PlanProblem.shown(value), reason, List.of(arguments)));
        for (RegistryColumn column : RegistryColumn.values()) {
            int length = text(row, column).length();
            if (length > maxLength(column)) {
                report.add(column, text(row, column), Reason.TEXT_TOO_LONG, Integer.toString(length),
                        Integer.toString(maxLength(column)));
            }
            if (XmlChars.invalidAt(text(row, column)).isPresent()) {
                report.add(column, text(row, column), Reason.INVALID_CHARACTER);
            }
        }

        Optional<RegistryKind> kind = kind(row, report);
        String id = text(row, RegistryColumn.ID);
        checkId(id, report);
        String nameZh = required(row, RegistryColumn.NAME_ZH, report);
        Optional<ItemType> type = kind.flatMap(k -> type(row, k, report));
        Optional<ItemStatus> status = status(row, report);
        Optional<Organization> host = host(row, report);
        List<CountryName> countries = countries(row, report);
        Optional<LocalDate> start = day(row, RegistryColumn.START, report);
        Optional<LocalDate> end = day(row, RegistryColumn.END, report);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            report.add(RegistryColumn.END, text(row, RegistryColumn.END), Reason.END_BEFORE_START,
                    start.get().toString());
        }
        List<KeyTask> tasks = tasks(row, report);
        boolean project = kind.filter(k -> k == RegistryKind.JOINT_PROJECT).isPresent();
        Optional<BigDecimal> budget = project ? budget(row, report) : Optional.empty();
        List<String> participants = project ? Values.list(text(row, RegistryColumn.PARTICIPANTS)) : List.of();
        String creditCode = kind.filter(k -> k == RegistryKind.INNOVATION_ENTITY).isPresent()
                ? creditCode(row, report) : "";

        Optional<ItemDraft> draft = Optional.empty();
        if (problems.isEmpty()) {
            boolean expert = kind.get() == RegistryKind.EXPERT;
            draft = Optional.of(new ItemDraft(kind.get(), id.isEmpty() ? Ids.newId() : id, nameZh,
                    text(row, RegistryColumn.NAME_EN), type.get().code(), status.get(), host, countries, start, end,
                    tasks, text(row, RegistryColumn.DESCRIPTION), budget, participants, creditCode,
                    expert ? text(row, RegistryColumn.AFFILIATION) : "", expert ? text(row, RegistryColumn.FIELD) : ""));
        }
        return new RowOutcome(table.sheet(), row.number(), id, kind, nameZh, participants, draft, problems);
    }

    private Optional<RegistryKind> kind(Table.Row row, Problems report) {
        String written = text(row, RegistryColumn.KIND);
        if (written.isEmpty()) {
            if (tableKind.isEmpty()) {
                report.add(RegistryColumn.KIND, "", Reason.MISSING_KIND);
            }
            return tableKind;
        }
        Optional<RegistryKind> kind = RegistryKinds.parse(written);
        if (kind.isEmpty()) {
            report.add(RegistryColumn.KIND, written, Reason.UNKNOWN_KIND);
        }
        return kind;
    }

    private void checkId(String id, Problems report) {
        if (id.isEmpty()) {
            return;
        }
        if (!Values.isValidId(id)) {
            report.add(RegistryColumn.ID, id, Reason.BAD_ID);
        } else if (plan.usesId(id)) {
            report.add(RegistryColumn.ID, id, Reason.DUPLICATE_ID_IN_PLAN);
        }
    }

    private String required(Table.Row row, RegistryColumn column, Problems report) {
        String value = text(row, column);
        if (value.isEmpty()) {
            report.add(column, "", Reason.MISSING_VALUE);
        }
        return value;
    }

    private Optional<ItemType> type(Table.Row row, RegistryKind kind, Problems report) {
        String written = required(row, RegistryColumn.TYPE, report);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<ItemType> type = ItemTypes.find(kind, written);
        if (type.isEmpty()) {
            report.add(RegistryColumn.TYPE, written, Reason.UNKNOWN_TYPE);
        }
        return type;
    }

    private Optional<ItemStatus> status(Table.Row row, Problems report) {
        String written = required(row, RegistryColumn.STATUS, report);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<ItemStatus> status = ItemStatuses.parse(written);
        if (status.isEmpty()) {
            report.add(RegistryColumn.STATUS, written, Reason.UNKNOWN_STATUS);
        }
        return status;
    }

    private Optional<Organization> host(Table.Row row, Problems report) {
        String written = text(row, RegistryColumn.HOST);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Organization> host = plan.organization(written);
            if (host.isEmpty()) {
                report.add(RegistryColumn.HOST, written, Reason.UNKNOWN_HOST);
            }
            return host;
        } catch (PlanIndex.Ambiguous e) {
            report.add(RegistryColumn.HOST, written, Reason.AMBIGUOUS_HOST);
            return Optional.empty();
        }
    }

    private List<CountryName> countries(Table.Row row, Problems report) {
        List<CountryName> countries = new ArrayList<>();
        for (String written : Values.list(text(row, RegistryColumn.COUNTRIES))) {
            Optional<CountryName> country = CountryCatalogue.get().find(written);
            if (country.isEmpty()) {
                report.add(RegistryColumn.COUNTRIES, written, Reason.UNKNOWN_COUNTRY);
            } else if (!countries.contains(country.get())) {
                countries.add(country.get());
            }
        }
        return countries;
    }

    private Optional<LocalDate> day(Table.Row row, RegistryColumn column, Problems report) {
        Cell cell = layout.cell(row, column);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = Values.day(cell);
        if (day.isEmpty()) {
            report.add(column, cell.text(), Reason.BAD_DATE);
        }
        return day;
    }

    private List<KeyTask> tasks(Table.Row row, Problems report) {
        List<KeyTask> tasks = new ArrayList<>();
        for (String written : Values.list(text(row, RegistryColumn.TASKS))) {
            Optional<KeyTask> task = plan.task(written);
            if (task.isEmpty()) {
                report.add(RegistryColumn.TASKS, written, Reason.UNKNOWN_TASK);
            } else if (!tasks.contains(task.get())) {
                tasks.add(task.get());
            }
        }
        return tasks;
    }

    private Optional<BigDecimal> budget(Table.Row row, Problems report) {
        String written = text(row, RegistryColumn.BUDGET);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> budget = Values.decimal(written).filter(b -> b.signum() >= 0)
                .filter(b -> (long) b.precision() - b.scale() <= PlanLimits.MAX_INTEGER_DIGITS
                        && (b.signum() == 0 || b.stripTrailingZeros().scale() <= PlanLimits.MAX_FRACTION_DIGITS));
        if (budget.isEmpty()) {
            report.add(RegistryColumn.BUDGET, written, Reason.BAD_NUMBER);
        }
        return budget;
    }

    private String creditCode(Table.Row row, Problems report) {
        String written = text(row, RegistryColumn.CREDIT_CODE);
        if (written.isEmpty()) {
            return "";
        }
        Optional<String> code = Values.creditCode(written);
        if (code.isEmpty()) {
            report.add(RegistryColumn.CREDIT_CODE, written, Reason.BAD_CREDIT_CODE);
        }
        return code.orElse("");
    }

    /** The same limits as the plan validator's, which are the store's columns. */
    static int maxLength(RegistryColumn column) {
        return switch (column) {
            case NAME_ZH, NAME_EN, DESCRIPTION, FIELD, COUNTRIES, TASKS, PARTICIPANTS -> PlanLimits.MAX_TEXT_CHARS;
            case AFFILIATION -> PlanLimits.MAX_MEDIUM_TEXT_CHARS;
            default -> PlanLimits.MAX_SHORT_TEXT_CHARS;
        };
    }

    private String text(Table.Row row, RegistryColumn column) {
        return layout.cell(row, column).text();
    }

    @FunctionalInterface
    private interface Problems {
        void add(RegistryColumn column, String value, Reason reason, String... arguments);
    }
}
