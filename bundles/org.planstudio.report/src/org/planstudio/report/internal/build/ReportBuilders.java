package org.planstudio.report.internal.build;

import java.util.Objects;

import org.planstudio.report.ReportRequest;
import org.planstudio.report.model.Report;

/** Which builder makes which report. */
public final class ReportBuilders {

    private ReportBuilders() {
    }

    public static Report build(ReportRequest request) {
        Objects.requireNonNull(request, "request");
        switch (request.type()) {
        case TRACEABILITY:
            return TraceabilityReport.build(request);
        case RESPONSIBILITIES:
            return ResponsibilityReport.build(request);
        case PROGRESS:
            return ProgressReport.build(request);
        case GAPS:
            return GapReport.build(request);
        case QUARTERLY:
            return QuarterlyReport.build(request);
        case BRIEFING:
            return BriefingReport.build(request);
        case COMMENTS:
            return CommentsReport.build(request);
        case COMPARISON:
            throw new IllegalArgumentException("the comparison report compares two versions: use Reports.comparison");
        default:
            throw new IllegalArgumentException("no builder for " + request.type());
        }
    }
}
