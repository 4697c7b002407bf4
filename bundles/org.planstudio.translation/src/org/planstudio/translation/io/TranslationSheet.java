package org.planstudio.translation.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A translator's workbook as read, before it is checked against a plan: the file's name, the
 * plan it was exported from (recorded in the workbook's properties) and its rows.
 */
public record TranslationSheet(String file, Optional<String> planId, List<SheetRow> rows) {

    public TranslationSheet {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(planId, "planId");
        rows = List.copyOf(rows);
    }
}
