package org.planstudio.registry.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.registry.CountryCatalogue;
import org.planstudio.registry.CountryName;
import org.planstudio.registry.RegistryKinds;
import org.planstudio.registry.io.ImportFileException;
import org.planstudio.registry.io.ImportFileException.Problem;
import org.planstudio.registry.io.ImportMode;
import org.planstudio.registry.io.ImportProblem;
import org.planstudio.registry.io.ImportReport;
import org.planstudio.registry.io.ImportResult;
import org.planstudio.registry.io.RegistryColumn;

/** One import of read tables into a plan: check the layout, check the rows, and maybe build the command. */
public final class ImportRun {

    private final Plan plan;
    private final ImportMode mode;
    private final Optional<RegistryKind> defaultKind;
    private final EditingDomain domain;
    private final ImportCommandBuilder.ItemFactory factory;

    /** @param domain the editor's editing domain, or null */
    public ImportRun(Plan plan, ImportMode mode, Optional<RegistryKind> defaultKind, EditingDomain domain,
            ImportCommandBuilder.ItemFactory factory) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.defaultKind = Objects.requireNonNull(defaultKind, "defaultKind");
        this.domain = domain;
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    public ImportResult run(String file, List<Table> tables) throws ImportFileException {
        Objects.requireNonNull(file, "file");
        PlanIndex index = new PlanIndex(plan);
        List<RowOutcome> rows = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        boolean anyRegistryTable = false;
        for (Table table : tables) {
            HeaderLayout layout = HeaderLayout.of(table.header());
            String prefix = table.sheet().isEmpty() ? "" : table.sheet() + "!";
            if (layout.isEmpty()) {
                // A sheet of notes or instructions beside the registry sheets.
                continue;
            }
            anyRegistryTable = true;
            Optional<RegistryKind> tableKind = RegistryKinds.parse(table.sheet()).or(() -> defaultKind);
            checkColumns(file, table, layout, tableKind);
            layout.ignored().forEach(header -> ignored.add(prefix + header));
            RowValidator validator = new RowValidator(index, table, layout, tableKind);
            table.rows().forEach(row -> rows.add(validator.check(row)));
        }
        if (!anyRegistryTable) {
            throw new ImportFileException(Problem.NO_REGISTRY_COLUMNS, file, "", null);
        }
        List<RowOutcome> checked = CrossRowChecks.apply(rows, index);
        List<ItemDraft> good = checked.stream().flatMap(r -> r.draft().stream()).toList();
        List<ImportProblem> problems = checked.stream().flatMap(r -> r.problems().stream()).toList();

        boolean wanted = switch (mode) {
            case CHECK_ONLY -> false;
            case ALL_OR_NOTHING -> problems.isEmpty();
            case GOOD_ROWS -> true;
        };
        Optional<Command> command = Optional.empty();
        List<CountryName> newCountries = List.of();
        if (wanted && !good.isEmpty()) {
            ImportCommandBuilder builder = new ImportCommandBuilder(plan, domain, factory);
            command = Optional.of(builder.build(good, Messages.format(Locale.getDefault(), "command.label", file),
                    Messages.format(Locale.getDefault(), "command.description", good.size(), file)));
            newCountries = builder.newCountries().stream()
                    .map(c -> CountryCatalogue.get().byCode(c.getCode()).orElseThrow()).toList();
        } else {
            newCountries = good.stream().flatMap(d -> d.countries().stream()).distinct()
                    .filter(c -> plan.getCountries().stream().noneMatch(p -> c.code().equalsIgnoreCase(p.getCode())))
                    .toList();
        }
        Map<RegistryKind, Integer> goodByKind = new EnumMap<>(RegistryKind.class);
        good.forEach(d -> goodByKind.merge(d.kind(), 1, Integer::sum));
        ImportReport report = new ImportReport(file, mode, rows.size(), goodByKind, problems, ignored, newCountries,
                command.isPresent());
        return new ImportResult(report, command);
    }

    private void checkColumns(String file, Table table, HeaderLayout layout, Optional<RegistryKind> tableKind)
            throws ImportFileException {
        Set<RegistryColumn> missing = layout.missing(RegistryColumn.REQUIRED);
        if (!layout.has(RegistryColumn.KIND) && tableKind.isEmpty()) {
            missing.add(RegistryColumn.KIND);
        }
        if (!missing.isEmpty()) {
            String columns = missing.stream().map(c -> c.code() + "/" + c.zh()).collect(Collectors.joining(", "));
            throw new ImportFileException(Problem.MISSING_COLUMNS, file,
                    table.sheet().isEmpty() ? columns : table.sheet() + ": " + columns, null);
        }
    }
}
