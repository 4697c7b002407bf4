package org.planstudio.registry.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.text.FormulaGuard;

/** One cell as read: its text as shown, and the day when the spreadsheet stored a date. */
public final class Cell {

    public static final Cell EMPTY = new Cell("", null);

    private final String text;
    private final LocalDate date;

    private Cell(String text, LocalDate date) {
        this.text = Objects.requireNonNull(text, "text").strip();
        this.date = date;
    }

    /** A text cell; an apostrophe that RegistryExport put before formula-like text is taken off again. */
    public static Cell of(String text) {
        return text == null || text.isBlank() ? EMPTY : new Cell(FormulaGuard.unquoted(text.strip()), null);
    }

    public static Cell ofDate(LocalDate date) {
        return new Cell(Objects.requireNonNull(date, "date").toString(), date);
    }

    public String text() {
        return text;
    }

    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
