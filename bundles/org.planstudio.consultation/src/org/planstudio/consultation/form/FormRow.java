package org.planstudio.consultation.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.consultation.internal.Messages;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Organization;

/**
 * One row of a comment form as the import judged it: refused (with every reason), or to be
 * imported with the elements its clause names, or imported with the clause kept as written
 * because nothing in the plan matched it.
 */
public record FormRow(String sheet, int row, String number, String clause, String text, String reason, String unit,
        Optional<Organization> organization, Optional<LocalDate> date, List<Identified> elements, List<Refusal> refusals) {

    /** Why a row is not imported. */
    public enum Refusal {
        MISSING_TEXT, BAD_NUMBER, DUPLICATE_NUMBER, TEXT_TOO_LONG, INVALID_CHARACTER, BAD_DATE, ALREADY_RECORDED
    }

    public enum Outcome { IMPORTED, CLAUSE_UNMATCHED, REFUSED }

    public FormRow {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(date, "date");
        elements = List.copyOf(elements);
        refusals = List.copyOf(refusals);
    }

    public Outcome outcome() {
        if (!refusals.isEmpty()) {
            return Outcome.REFUSED;
        }
        return elements.isEmpty() ? Outcome.CLAUSE_UNMATCHED : Outcome.IMPORTED;
    }

    /** "Sheet 1, row 5" in English or Chinese. */
    public String location(Locale locale) {
        return Messages.format(locale, "row.location", sheet, row);
    }

    /** What happened to the row, in a sentence: refused because …, clause not matched, or matched to n elements. */
    public String message(Locale locale) {
        return switch (outcome()) {
            case REFUSED -> Messages.format(locale, "row.refused", String.join(Messages.format(locale, "row.separator"),
                    refusals.stream().map(r -> Messages.format(locale, "refusal." + r.name())).toList()));
            case CLAUSE_UNMATCHED -> clause.isBlank() ? Messages.format(locale, "row.noClause")
                    : Messages.format(locale, "row.unmatched", clause);
            case IMPORTED -> Messages.format(locale, "row.matched", elements.size());
        };
    }
}
