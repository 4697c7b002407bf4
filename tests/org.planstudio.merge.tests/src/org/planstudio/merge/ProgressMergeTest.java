package org.planstudio.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.UpdateStatus;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;

/** Two lead units report on their own tasks in two copies of the plan: both updates survive. */
class ProgressMergeTest {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    @Test
    void twoUnitsUpdatingDifferentTasksMergeCleanly() {
        Plan base = Plans.base();
        ReportingPeriod q1 = F.createReportingPeriod();
        q1.setId("period-2025-Q1");
        q1.setLabel(Texts.of("2025年第一季度"));
        q1.setReportDue(PlanDates.toDate(LocalDate.of(2025, 4, 10)));
        base.getReportingPeriods().add(q1);
        Plan mine = Plans.copy(base);
        Plan theirs = Plans.copy(base);
        mine.getProgressUpdates().add(update(mine, "update-it", "t1", "org-it", 30, "数据中心完成设计"));
        theirs.getProgressUpdates().add(update(theirs, "update-health", "t4", "org-health", 50, "远程医疗平台上线试运行"));
        Plans.task(theirs, "t4").getTitle().setZh("远程医疗合作");

        MergeResult result = PlanMerge.merge(base, mine, theirs, Locale.SIMPLIFIED_CHINESE);
        PlanResources.toBytes(result.plan());
        assertEquals(List.of(), result.conflicts());
        Plan merged = result.plan();
        assertEquals(List.of("update-health", "update-it"),
                merged.getProgressUpdates().stream().map(ProgressUpdate::getId).sorted().toList());
        ProgressUpdate it = merged.getProgressUpdates().stream().filter(u -> u.getId().equals("update-it")).findFirst()
                .orElseThrow();
        assertEquals(Plans.task(merged, "t1"), it.getTask());
        assertEquals(merged.getReportingPeriods().get(0), it.getPeriod());
        assertEquals("数据中心完成设计", it.getDone().getZh());
        assertEquals("远程医疗合作", Plans.task(merged, "t4").getTitle().getZh());
    }

    @Test
    void bothSidesChangingOneUpdateIsAConflictOnThatValue() {
        Plan base = Plans.base();
        ReportingPeriod q1 = F.createReportingPeriod();
        q1.setId("period-2025-Q1");
        base.getReportingPeriods().add(q1);
        base.getProgressUpdates().add(update(base, "update-it", "t1", "org-it", 30, "数据中心完成设计"));
        Plan mine = Plans.copy(base);
        Plan theirs = Plans.copy(base);
        mine.getProgressUpdates().get(0).setPercent(40);
        theirs.getProgressUpdates().get(0).setPercent(45);
        MergeResult result = PlanMerge.merge(base, mine, theirs, Locale.SIMPLIFIED_CHINESE);
        assertEquals(1, result.conflicts().size());
        assertEquals(Integer.valueOf(45), result.plan().getProgressUpdates().get(0).getPercent());
    }

    private static ProgressUpdate update(Plan plan, String id, String task, String unit, int percent, String done) {
        ProgressUpdate update = F.createProgressUpdate();
        update.setId(id);
        update.setTask(Plans.task(plan, task));
        update.setPeriod(plan.getReportingPeriods().get(0));
        update.setLeadUnit(Plans.organization(plan, unit));
        update.setPercent(percent);
        update.setDone(Texts.of(done));
        update.setStatus(UpdateStatus.SUBMITTED);
        return update;
    }
}
