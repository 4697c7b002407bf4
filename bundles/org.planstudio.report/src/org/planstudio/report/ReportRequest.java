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
 */
public record ReportRequest(Plan plan, ReportType type, Locale locale, LocalDate asOf, Optional<Integer> revision) {

    public ReportRequest {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(revision, "revision");
        // Reports are written in Chinese or English; anything else reads the English text.
        locale = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public static ReportRequest of(Plan plan, ReportType type, Locale locale, LocalDate asOf) {
        return new ReportRequest(plan, type, locale, asOf, Optional.empty());
    }

    public ReportRequest withRevision(int storedRevision) {
        return new ReportRequest(plan, type, locale, asOf, Optional.of(storedRevision));
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }
}
