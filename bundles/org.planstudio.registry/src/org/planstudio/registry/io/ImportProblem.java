package org.planstudio.registry.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.registry.internal.Messages;

/**
 * One thing wrong with one row: where (sheet, row as the spreadsheet numbers it, column), the
 * value found and why it cannot be imported. A row with several problems has several.
 *
 * @param sheet     the worksheet's name; empty for a CSV file
 * @param row       1-based, the header being row 1 of a CSV file
 * @param column    empty when the problem concerns the row as a whole
 * @param value     the cell's text as read ("" when empty)
 * @param arguments details for the message (the other rows with the same id, …)
 */
public record ImportProblem(String sheet, int row, Optional<RegistryColumn> column, String value, Reason reason,
        List<String> arguments) {

    public enum Reason {
        MISSING_VALUE, MISSING_KIND, UNKNOWN_KIND, UNKNOWN_TYPE, UNKNOWN_STATUS, UNKNOWN_COUNTRY, UNKNOWN_HOST,
        AMBIGUOUS_HOST, UNKNOWN_TASK, UNKNOWN_PARTICIPANT, PARTICIPANT_NOT_IMPORTED, BAD_DATE, END_BEFORE_START,
        BAD_NUMBER, BAD_CREDIT_CODE, BAD_ID, DUPLICATE_ID_IN_FILE, DUPLICATE_ID_IN_PLAN, TEXT_TOO_LONG, INVALID_CHARACTER
    }

    public ImportProblem {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        arguments = List.copyOf(arguments);
    }

    /** "Sheet 平台, row 5, countries “XX”: unknown country code or name" in English or Chinese. */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        StringBuilder text = new StringBuilder(location(locale));
        column.ifPresent(c -> text.append(Messages.format(locale, "problem.column", c.header(locale), value)));
        text.append(Messages.format(locale, "problem.separator"));
        text.append(Messages.format(locale, "reason." + reason.name(), arguments.toArray()));
        return text.toString();
    }

    /** "Row 5" or "Sheet 平台, row 5", for a table's first column. */
    public String location(Locale locale) {
        return sheet.isEmpty() ? Messages.format(locale, "problem.row", row)
                : Messages.format(locale, "problem.sheetRow", sheet, row);
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
