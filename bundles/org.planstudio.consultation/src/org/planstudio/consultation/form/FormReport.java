package org.planstudio.consultation.form;

import java.util.List;
import java.util.Objects;

import org.planstudio.consultation.form.FormRow.Outcome;

/** What reading a comment form found, row by row in file order. */
public record FormReport(String file, List<FormRow> rows) {

    public FormReport {
        Objects.requireNonNull(file, "file");
        rows = List.copyOf(rows);
    }

    public int count(Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Rows the import adds: matched ones and those kept with their clause as written. */
    public List<FormRow> importable() {
        return rows.stream().filter(r -> r.outcome() != Outcome.REFUSED).toList();
    }
}
