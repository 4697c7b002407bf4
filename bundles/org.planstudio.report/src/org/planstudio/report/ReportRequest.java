package org.planstudio.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.Plan;

/**
 * What to report on: a plan (as loaded from the store or a file), which report, in which
 * language, and the reference date progress is counted to. {@code revision} is the stored
 * revision the plan came from, printed under the title; empty for a plan read from a file.
 * {@code period} names the reporting period a quarterly report is on ({@code 2025-Q3} or the
 * period's id); empty for the latest one due by {@code asOf}.
 */
public record ReportRequest(Plan plan, ReportType type, Locale locale, LocalDate asOf, Optional<Integer> revision,
        Optional<String> period) {

    public ReportRequest {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(period, "period");
        // Reports are written in Chinese or English; anything else reads the English text.
        locale = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public ReportRequest(Plan plan, ReportType type, Locale locale, LocalDate asOf, Optional<Integer> revision) {
        this(plan, type, locale, asOf, revision, Optional.empty());
    }

    public static ReportRequest of(Plan plan, ReportType type, Locale locale, LocalDate asOf) {
        return new ReportRequest(plan, type, locale, asOf, Optional.empty());
    }

    public ReportRequest withRevision(int storedRevision) {
        return new ReportRequest(plan, type, locale, asOf, Optional.of(storedRevision), period);
    }

    /** The same request on the reporting period named {@code period} (see {@link Reports#periods}). */
    public ReportRequest withPeriod(String period) {
        return new ReportRequest(plan, type, locale, asOf, revision, Optional.of(period));
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }
}
