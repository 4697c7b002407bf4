package org.planstudio.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.TaskStatus;

/**
 * What a lead unit enters for one task and period (texts in Chinese, the master language).
 *
 * @param percent         empty when the unit reports a milestone only
 * @param evidenceItemIds ids of registry items that show the work
 */
public record UpdateDraft(KeyTask task, ReportingPeriod period, Optional<Organization> leadUnit, String done,
        String nextSteps, String problems, Optional<Integer> percent, String milestone, TaskStatus taskStatus,
        List<String> evidenceItemIds, String by, LocalDate at) {

    public UpdateDraft {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(leadUnit, "leadUnit");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(taskStatus, "taskStatus");
        Objects.requireNonNull(at, "at");
        done = Objects.requireNonNullElse(done, "");
        nextSteps = Objects.requireNonNullElse(nextSteps, "");
        problems = Objects.requireNonNullElse(problems, "");
        milestone = Objects.requireNonNullElse(milestone, "");
        by = Objects.requireNonNullElse(by, "");
        evidenceItemIds = List.copyOf(evidenceItemIds);
    }
}
