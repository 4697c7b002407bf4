package org.planstudio.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.ReportingPeriodKind;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.supervision.internal.SupervisionTexts;

/** The reporting periods of a plan: generated from its years and kind, and looked up by date. */
public final class Periods {

    private Periods() {
    }

    /**
     * Every period of the years {@code startYear..endYear}, in order; ids are stable
     * ({@code period-2025-Q1}, {@code period-2025-M03}, {@code period-2025-H2}) so that generating
     * again after a change of years finds the periods that already exist.
     */
    public static List<ReportingPeriod> generate(int startYear, int endYear, ReportingPeriodKind kind, int reportDueDays) {
        Objects.requireNonNull(kind, "kind");
        if (endYear < startYear) {
            throw new IllegalArgumentException("endYear " + endYear + " before startYear " + startYear);
        }
        int months = switch (kind) {
            case MONTHLY -> 1;
            case HALF_YEARLY -> 6;
            default -> 3;
        };
        List<ReportingPeriod> result = new ArrayList<>();
        for (int year = startYear; year <= endYear; year++) {
            for (int index = 1; index <= 12 / months; index++) {
                LocalDate start = LocalDate.of(year, (index - 1) * months + 1, 1);
                LocalDate end = start.plusMonths(months).minusDays(1);
                ReportingPeriod period = PlanFactory.eINSTANCE.createReportingPeriod();
                period.setId(id(year, index, kind));
                period.setKind(kind);
                period.setStart(PlanDates.toDate(start));
                period.setEnd(PlanDates.toDate(end));
                period.setReportDue(PlanDates.toDate(end.plusDays(reportDueDays)));
                period.setLabel(Texts.of(label(year, index, kind, Locale.SIMPLIFIED_CHINESE),
                        label(year, index, kind, Locale.ENGLISH)));
                result.add(period);
            }
        }
        return result;
    }

    static String id(int year, int index, ReportingPeriodKind kind) {
        return switch (kind) {
            case MONTHLY -> String.format("period-%d-M%02d", year, index);
            case HALF_YEARLY -> "period-" + year + "-H" + index;
            default -> "period-" + year + "-Q" + index;
        };
    }

    private static String label(int year, int index, ReportingPeriodKind kind, Locale locale) {
        String key = switch (kind) {
            case MONTHLY -> "period.month";
            case HALF_YEARLY -> "period.half" + index;
            default -> "period.quarter" + index;
        };
        return SupervisionTexts.get(locale, key, String.valueOf(year), index);
    }

    /** The plan's periods ordered by start. */
    public static List<ReportingPeriod> of(Plan plan) {
        return plan.getReportingPeriods().stream().sorted(Comparator.comparing(Periods::start)).toList();
    }

    /** The period whose days include {@code day}. */
    public static Optional<ReportingPeriod> containing(Plan plan, LocalDate day) {
        return of(plan).stream().filter(p -> !day.isBefore(start(p)) && !day.isAfter(end(p))).findFirst();
    }

    /** The latest period whose report date is on or before {@code day}: the one being reported on. */
    public static Optional<ReportingPeriod> lastDue(Plan plan, LocalDate day) {
        ReportingPeriod found = null;
        for (ReportingPeriod period : of(plan)) {
            if (!reportDue(period).isAfter(day)) {
                found = period;
            }
        }
        return Optional.ofNullable(found);
    }

    public static LocalDate start(ReportingPeriod period) {
        return PlanDates.toLocalDate(period.getStart()).orElse(LocalDate.MIN);
    }

    public static LocalDate end(ReportingPeriod period) {
        return PlanDates.toLocalDate(period.getEnd()).orElse(LocalDate.MAX);
    }

    public static LocalDate reportDue(ReportingPeriod period) {
        return PlanDates.toLocalDate(period.getReportDue()).orElse(end(period));
    }

    /** The period's label in the locale's language (Chinese when there is no translation). */
    public static String label(ReportingPeriod period, Locale locale) {
        return period.getLabel() == null ? period.getId() : Texts.label(period.getLabel(), locale);
    }
}
