package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.List;

import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanStatus;
import org.planstudio.model.text.PlanDates;
import org.planstudio.report.ReportRequest;

/** The lines under every report's title: which plan (with its document number and issue date), which revision, counted to which day. */
final class ReportHeader {

    private ReportHeader() {
    }

    static String title(ReportRequest request, PlanLabels labels) {
        return labels.texts().get("title." + request.type().cliName(), labels.planTitle(request.plan()));
    }

    static List<String> meta(ReportRequest request, PlanLabels labels) {
        Plan plan = request.plan();
        List<String> meta = new ArrayList<>();
        PlanStatus status = plan.getStatus() == null ? PlanStatus.DRAFT_FOR_COMMENT : plan.getStatus();
        meta.add(labels.texts().get("meta.status", labels.texts().get("planStatus." + status.name()),
                String.valueOf(plan.getStartYear()), String.valueOf(plan.getEndYear())));
        // A final plan is cited by its document number and issue date (成文日期), as on its cover.
        if (plan.getDocumentNumber() != null && !plan.getDocumentNumber().isBlank()) {
            meta.add(labels.texts().get("meta.documentNumber", plan.getDocumentNumber().strip()));
        }
        PlanDates.toLocalDate(plan.getIssueDate())
                .ifPresent(day -> meta.add(labels.texts().get("meta.issueDate", labels.date(day))));
        meta.add(request.revision()
                .map(revision -> labels.texts().get("meta.revision", plan.getId(), String.valueOf(revision)))
                .orElseGet(() -> labels.texts().get("meta.file", plan.getId())));
        meta.add(labels.texts().get("meta.asOf", labels.date(request.asOf())));
        return meta;
    }
}
