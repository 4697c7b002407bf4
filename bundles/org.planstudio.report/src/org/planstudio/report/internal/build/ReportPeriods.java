package org.planstudio.report.internal.build;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.ReportingPeriodKind;
import org.planstudio.report.ReportRequest;
import org.planstudio.supervision.Periods;
import org.planstudio.supervision.SupervisionRules;

/**
 * The periods a quarterly report can be on: the plan's own, or, for a plan without any, the
 * quarters of its years (so a report can still be read before the office sets periods up).
 */
public final class ReportPeriods {

    private static final String PREFIX = "period-";

    private ReportPeriods() {
    }

    public static List<ReportingPeriod> of(Plan plan, LocalDate asOf) {
        List<ReportingPeriod> own = Periods.of(plan);
        if (!own.isEmpty()) {
            return own;
        }
        int first = plan.getStartYear() > 0 ? plan.getStartYear() : asOf.getYear();
        int last = plan.getStartYear() > 0 ? Math.max(plan.getStartYear(), plan.getEndYear()) : asOf.getYear();
        return Periods.generate(first, last, ReportingPeriodKind.QUARTERLY, SupervisionRules.defaults().reportDueDays());
    }

    /** By id ({@code period-2025-Q3}) or the id without its prefix ({@code 2025-Q3}), in any case. */
    public static Optional<ReportingPeriod> find(Plan plan, LocalDate asOf, String wanted) {
        String key = Objects.requireNonNull(wanted, "wanted").strip().toLowerCase(Locale.ROOT);
        String id = key.startsWith(PREFIX) ? key : PREFIX + key;
        return of(plan, asOf).stream().filter(p -> p.getId() != null && p.getId().toLowerCase(Locale.ROOT).equals(id))
                .findFirst();
    }

    /** The latest period whose report date is on or before {@code asOf}; the first one before any is due. */
    public static ReportingPeriod lastDue(Plan plan, LocalDate asOf) {
        List<ReportingPeriod> periods = of(plan, asOf);
        ReportingPeriod found = periods.get(0);
        for (ReportingPeriod candidate : periods) {
            if (!Periods.reportDue(candidate).isAfter(asOf)) {
                found = candidate;
            }
        }
        return found;
    }

    /** The period {@code request} names, else the latest one due by its date. */
    static ReportingPeriod chosen(ReportRequest request) {
        Plan plan = request.plan();
        return request.period().map(wanted -> find(plan, request.asOf(), wanted)
                .orElseThrow(() -> new IllegalArgumentException("the plan has no reporting period " + wanted)))
                .orElseGet(() -> lastDue(plan, request.asOf()));
    }

    /** How the command line and messages name a period: its id without the prefix. */
    public static String shortName(ReportingPeriod period) {
        String id = period.getId() == null ? "" : period.getId();
        return id.startsWith(PREFIX) ? id.substring(PREFIX.length()) : id;
    }
}
