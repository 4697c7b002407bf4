package org.planstudio.translation.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.translation.internal.Messages;

/**
 * What an import of a translator's workbook found, row by row in file order. When the workbook
 * was exported from another plan no row is looked at and {@link #otherPlan()} names that plan.
 */
public final class TranslationImportReport {

    private final String file;
    private final Optional<String> otherPlan;
    private final List<RowResult> rows;

    public TranslationImportReport(String file, Optional<String> otherPlan, List<RowResult> rows) {
        this.file = Objects.requireNonNull(file, "file");
        this.otherPlan = Objects.requireNonNull(otherPlan, "otherPlan");
        this.rows = List.copyOf(rows);
    }

    public String file() {
        return file;
    }

    /** The id the workbook records when it is not the plan's. */
    public Optional<String> otherPlan() {
        return otherPlan;
    }

    public List<RowResult> rows() {
        return rows;
    }

    public int imported() {
        return count(RowResult.Outcome.IMPORTED);
    }

    public List<RowResult> refusedRows() {
        return rows.stream().filter(RowResult::refused).toList();
    }

    public int refused() {
        return refusedRows().size();
    }

    /** Rows without new English or with the English the plan has already. */
    public int skipped() {
        return count(RowResult.Outcome.NOT_TRANSLATED) + count(RowResult.Outcome.UNCHANGED);
    }

    public int count(RowResult.Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** One or two sentences for a dialog or the command line. */
    public String summary(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (otherPlan.isPresent()) {
            return Messages.format(locale, "report.otherPlan", file, otherPlan.get());
        }
        return Messages.format(locale, "report.summary", file, rows.size(), imported(), refused(), skipped());
    }

    @Override
    public String toString() {
        return summary(Locale.ENGLISH);
    }
}
