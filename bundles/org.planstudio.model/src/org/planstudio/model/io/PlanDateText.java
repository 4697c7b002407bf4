package org.planstudio.model.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Date;

import org.planstudio.model.text.PlanDates;

/**
 * Dates as .plan files write them (2027-12-31T00:00:00.000+0800, see PlanResource) and the
 * shorter forms EMF also reads (without milliseconds, without zone, the day alone), parsed
 * strictly: no month 13, no 30 February, and the year read as written (-0044 is 45 BC, not 0045).
 * A value without zone is a time in Beijing, like every plan date.
 */
final class PlanDateText {

    private static final DateTimeFormatter WITH_ZONE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd().optionalEnd()
            .optionalStart().appendOffset("+HHMMss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private PlanDateText() {
    }

    /** @throws IllegalArgumentException for anything that is not exactly a real date and time */
    static Date parse(String text) {
        String value = text.trim();
        try {
            if (value.indexOf('T') < 0) {
                return PlanDates.toDate(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE));
            }
            var parsed = WITH_ZONE.parse(value);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return Date.from(OffsetDateTime.from(parsed).toInstant());
            }
            return Date.from(LocalDateTime.from(parsed).atZone(PlanDates.PLAN_ZONE).toInstant());
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("not a date: " + PlanDateText.shown(value), e);
        }
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
