package org.planstudio.registry.io;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.common.util.EList;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Expert;
import org.planstudio.model.plan.InnovationEntity;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.FormulaGuard;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.registry.ItemStatuses;
import org.planstudio.registry.ItemTypes;
import org.planstudio.registry.RegistryKinds;

/**
 * Writes a registry as CSV in the import format, so that export and import round-trip: ids,
 * country codes and organisation ids (unambiguous), task numbers (ids where numbers repeat),
 * labels for kind, type and status in the header language.
 */
public final class RegistryExport {

    private static final char BOM = '\uFEFF';

    private RegistryExport() {
    }

    /** UTF-8 with a byte order mark: Excel on a Chinese desktop needs it to read Chinese. */
    public static void write(Plan plan, RegistryKind kind, Path file, Locale headers) throws IOException {
        Objects.requireNonNull(file, "file");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(BOM);
            write(plan, kind, out, headers);
        }
    }

    /** @param headers Chinese headers and labels for a Chinese locale, English otherwise */
    public static void write(Plan plan, RegistryKind kind, Appendable out, Locale headers) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(headers, "headers");
        List<RegistryColumn> columns = RegistryColumn.columnsFor(kind);
        @SuppressWarnings("unchecked")
        EList<RegistryItem> items = (EList<RegistryItem>) plan.eGet(RegistryKinds.planFeature(kind));
        // Not closed: the caller owns the stream.
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
        printer.printRecord(columns.stream().map(c -> c.header(headers)).toList());
        for (RegistryItem item : items) {
            printer.printRecord(columns.stream().map(c -> guarded(c, value(plan, kind, item, c, headers))).toList());
        }
        printer.flush();
    }

    private static String value(Plan plan, RegistryKind kind, RegistryItem item, RegistryColumn column, Locale locale) {
        return switch (column) {
            case ID -> nonNull(item.getId());
            case KIND -> RegistryKinds.label(kind, locale);
            case NAME_ZH -> Texts.zh(item.getName()).orElse("");
            case NAME_EN -> Texts.en(item.getName()).orElse("");
            case TYPE -> item.getType() == null ? "" : ItemTypes.label(kind, item.getType(), locale);
            case STATUS -> item.getStatus() == null ? "" : ItemStatuses.label(item.getStatus(), locale);
            case HOST -> item.getHostOrganization() == null ? "" : nonNull(item.getHostOrganization().getId());
            case COUNTRIES -> item.getPartnerCountries().stream().map(Country::getCode).collect(Collectors.joining(";"));
            case START -> PlanDates.format(item.getStartDate());
            case END -> PlanDates.format(item.getEndDate());
            case TASKS -> PlanQueries.linksFrom(plan, item, TraceKind.IMPLEMENTS).stream().map(TraceLink::getTarget)
                    .filter(KeyTask.class::isInstance).map(t -> taskReference(plan, (KeyTask) t))
                    .collect(Collectors.joining(";"));
            case DESCRIPTION -> Texts.zh(item.getDescription()).orElse("");
            case BUDGET -> item instanceof JointProject p && p.getBudget() != null ? plain(p.getBudget()) : "";
            case PARTICIPANTS -> item instanceof JointProject p
                    ? p.getParticipants().stream().map(e -> nonNull(e.getId())).collect(Collectors.joining(";")) : "";
            case CREDIT_CODE -> item instanceof InnovationEntity e ? nonNull(e.getCreditCode()) : "";
            case AFFILIATION -> item instanceof Expert e ? nonNull(e.getAffiliation()) : "";
            case FIELD -> item instanceof Expert e ? Texts.zh(e.getField()).orElse("") : "";
        };
    }

    // Text a spreadsheet would run as a formula gets the report CSVs' apostrophe; the budget is a number.
    private static String guarded(RegistryColumn column, String value) {
        return column == RegistryColumn.BUDGET ? value : FormulaGuard.quoted(value);
    }

    private static String taskReference(Plan plan, KeyTask task) {
        long sameNumber = PlanQueries.tasks(plan).stream().filter(t -> t.getNumber() == task.getNumber()).count();
        return task.getNumber() > 0 && sameNumber == 1 ? Integer.toString(task.getNumber()) : task.getId();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
