package org.planstudio.translation.io;

import java.util.Locale;
import java.util.Objects;

import org.planstudio.translation.internal.Messages;

/**
 * What the import did with one row of the workbook, and why when it refused the row.
 *
 * @param row       1-based, as the spreadsheet numbers it
 * @param chineseNow the plan's Chinese now ("" when the element or field is gone)
 */
public record RowResult(int row, String elementId, String field, Outcome outcome, String chineseInFile,
        String chineseNow, String english) {

    public enum Outcome {
        /** The English is set, made from the current Chinese. */
        IMPORTED(false),
        /** The row's new English is what the plan has already. */
        UNCHANGED(false),
        /** No new English was typed in the row. */
        NOT_TRANSLATED(false),
        /** The Chinese changed in the plan after the export: the English translates an older text. */
        STALE(true),
        /** The Chinese column was changed in the file: the English may translate what the translator typed. */
        CHINESE_EDITED(true),
        /** No element of the plan has the row's id (deleted since the export). */
        ELEMENT_GONE(true),
        /** The element has no such text (or no Chinese in it) any more. */
        FIELD_GONE(true),
        /** Id, field or source digest is empty: the row was not exported by Plan Studio. */
        INCOMPLETE(true),
        /** An earlier row of the file has the same element and field. */
        DUPLICATE(true),
        TEXT_TOO_LONG(true),
        INVALID_CHARACTER(true);

        private final boolean refused;

        Outcome(boolean refused) {
            this.refused = refused;
        }

        public boolean refused() {
            return refused;
        }
    }

    public RowResult {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(chineseInFile, "chineseInFile");
        Objects.requireNonNull(chineseNow, "chineseNow");
        Objects.requireNonNull(english, "english");
    }

    public boolean refused() {
        return outcome.refused();
    }

    /** "Row 5 (task-3, title): refused, the Chinese changed after the export: now “…”". */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return Messages.format(locale, "row.location", row, elementId, field)
                + Messages.format(locale, "row." + outcome.name(), chineseInFile, chineseNow, english);
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
