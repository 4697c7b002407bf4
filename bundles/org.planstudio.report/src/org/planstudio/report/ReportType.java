package org.planstudio.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The reports Plan Studio produces; {@link #cliName()} is how the command line names them. */
public enum ReportType {
    /** Goal → indicator → tasks → registry items, safeguards → tasks, coverage. */
    TRACEABILITY("traceability"),
    /** Each indicator against its target, by year, domain and partner country, with charts. */
    PROGRESS("progress"),
    /** Everything the gap analysis flags. */
    GAPS("gaps"),
    /** The task responsibility table (任务分工表): lead and supporting units, deadline, status. */
    RESPONSIBILITIES("responsibilities"),
    /** The quarterly progress report: targets, the period's lights and updates, flagged tasks and notices, priorities. */
    QUARTERLY("quarterly"),
    /** 情况通报: a period's red and yellow tasks by lead unit, with why, deadline, progress and notices. */
    BRIEFING("briefing"),
    /** 意见采纳情况: comments by disposition and by source, then each with element, decision and reason. */
    COMMENTS("comments"),
    /**
     * The text before and after (修改前后对照表) of two versions of a plan: built from a comparison by
     * {@link Reports#comparison}, not from a {@link ReportRequest} of one plan.
     */
    COMPARISON("compare");

    private final String cliName;

    ReportType(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** False for a report of two versions ({@link #COMPARISON}), which a one-plan request cannot build. */
    public boolean ofOnePlan() {
        return this != COMPARISON;
    }

    public static Optional<ReportType> fromCliName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.cliName.equals(wanted)).findFirst();
    }
}
