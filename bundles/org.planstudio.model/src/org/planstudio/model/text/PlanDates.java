package org.planstudio.model.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

/**
 * Plan dates (deadlines, start and end dates) are calendar days in the issuing city's time zone.
 * EMF stores them as instants, so every conversion goes through here: a deadline of 2027-12-31
 * must read as that day on a machine set to UTC as well.
 */
public final class PlanDates {

    public static final ZoneId PLAN_ZONE = ZoneId.of("Asia/Shanghai");

    private PlanDates() {
    }

    public static Optional<LocalDate> toLocalDate(Date date) {
        return Optional.ofNullable(date).map(d -> d.toInstant().atZone(PLAN_ZONE).toLocalDate());
    }

    public static Date toDate(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return Date.from(day.atStartOfDay(PLAN_ZONE).toInstant());
    }

    public static String format(Date date) {
        return toLocalDate(date).map(LocalDate::toString).orElse("");
    }

    /** Parses an ISO day (2027-12-31); empty text means no date. */
    public static Optional<Date> parse(String text) throws DateTimeParseException {
        String trimmed = Objects.requireNonNull(text, "text").trim();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(toDate(LocalDate.parse(trimmed)));
    }
}
