package org.planstudio.registry.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.planstudio.model.plan.RegistryKind;
import org.planstudio.registry.CountryName;
import org.planstudio.registry.internal.Messages;

/**
 * What an import found: how many rows, which are good, every problem of the bad ones (in file
 * order), columns it did not recognise and the countries it will add to the plan.
 */
public final class ImportReport {

    private final String file;
    private final ImportMode mode;
    private final int rowsRead;
    private final Map<RegistryKind, Integer> goodRows;
    private final int badRows;
    private final List<ImportProblem> problems;
    private final List<String> ignoredColumns;
    private final List<CountryName> newCountries;
    private final boolean willImport;

    public ImportReport(String file, ImportMode mode, int rowsRead, Map<RegistryKind, Integer> goodRows,
            List<ImportProblem> problems, List<String> ignoredColumns, List<CountryName> newCountries,
            boolean willImport) {
        this.file = Objects.requireNonNull(file, "file");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.rowsRead = rowsRead;
        this.goodRows = goodRows.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(goodRows));
        this.problems = List.copyOf(problems);
        this.badRows = (int) this.problems.stream().map(p -> p.sheet() + '\n' + p.row()).distinct().count();
        this.ignoredColumns = List.copyOf(ignoredColumns);
        this.newCountries = List.copyOf(newCountries);
        this.willImport = willImport;
    }

    public String file() {
        return file;
    }

    public ImportMode mode() {
        return mode;
    }

    /** Data rows read (empty rows are skipped and not counted). */
    public int rowsRead() {
        return rowsRead;
    }

    /** Rows without problems; in {@link ImportMode#GOOD_ROWS} these are the ones the command adds. */
    public int goodRows() {
        return goodRows.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int goodRows(RegistryKind kind) {
        return goodRows.getOrDefault(Objects.requireNonNull(kind, "kind"), 0);
    }

    /** Rows with at least one problem. */
    public int badRows() {
        return badRows;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Every problem, row by row in file order. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** Headers that name no registry column; their cells were not read ("Sheet!header" for workbooks). */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** Countries the import adds to the plan (those of good rows the plan does not have yet). */
    public List<CountryName> newCountries() {
        return newCountries;
    }

    /** True when the result carries a command that adds the good rows. */
    public boolean willImport() {
        return willImport;
    }

    /** One or two sentences for a dialog: counts, and what will (not) be imported and why. */
    public String summary(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String counts = Messages.format(locale, "report.counts", file, rowsRead, goodRows(), badRows);
        String outcome;
        if (willImport) {
            outcome = Messages.format(locale, "report.willImport", goodRows(), newCountries.size());
        } else if (mode == ImportMode.CHECK_ONLY) {
            outcome = Messages.format(locale, "report.checkOnly");
        } else if (mode == ImportMode.ALL_OR_NOTHING && hasProblems()) {
            outcome = Messages.format(locale, "report.allOrNothing");
        } else {
            outcome = Messages.format(locale, "report.nothing");
        }
        return counts + Messages.format(locale, "report.sentence") + outcome;
    }

    @Override
    public String toString() {
        return summary(Locale.ENGLISH);
    }
}
