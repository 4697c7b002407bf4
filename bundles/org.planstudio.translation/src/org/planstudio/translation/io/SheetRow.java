package org.planstudio.translation.io;

import java.util.Objects;

/**
 * One data row of a translator's workbook as read: the key columns, the Chinese the translator
 * saw, the digest recorded at export and the new English (all "" when the cell is empty).
 *
 * @param row 1-based, as the spreadsheet numbers it
 */
public record SheetRow(int row, String elementId, String field, String chinese, String newEnglish, String digest) {

    public SheetRow {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(chinese, "chinese");
        Objects.requireNonNull(newEnglish, "newEnglish");
        Objects.requireNonNull(digest, "digest");
    }

    public String key() {
        return elementId + '#' + field;
    }
}
