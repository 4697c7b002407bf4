package org.planstudio.ui.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.planstudio.store.HistoryQuery;

/**
 * What the filter bar asks for, read from its texts: a person, a date range (whole local days,
 * {@code to} included) and an element kind. A date that does not parse is reported by name.
 */
record HistoryFilter(String person, String from, String to, Optional<String> kind) {

    /** A text that is not a yyyy-MM-dd date. */
    static final class BadDate extends Exception {
        private static final long serialVersionUID = 1L;

        BadDate(String text) {
            super(text, null, false, false);
        }
    }

    HistoryQuery apply(HistoryQuery query) throws BadDate {
        HistoryQuery result = query;
        if (!person.isBlank()) {
            result = result.actor(person.strip());
        }
        ZoneId zone = ZoneId.systemDefault();
        Optional<java.time.Instant> start = date(from).map(d -> d.atStartOfDay(zone).toInstant());
        Optional<java.time.Instant> end = date(to).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
        result = result.between(start, end);
        if (kind.isPresent()) {
            result = result.kind(kind.get());
        }
        return result;
    }

    private static Optional<LocalDate> date(String text) throws BadDate {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new BadDate(text.strip());
        }
    }
}
