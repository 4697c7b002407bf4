package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.NoticeStatus;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.SupervisionNotice;
import org.planstudio.model.text.PlanDates;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.supervision.NoticeLifecycle;
import org.planstudio.supervision.Periods;
import org.planstudio.supervision.TaskLight;

/** How the quarterly report and the briefing write a task's light, flags and notices. */
final class SupervisionCells {

    private final ReportTexts t;
    private final PlanLabels labels;
    private final Locale locale;

    SupervisionCells(ReportTexts t, PlanLabels labels, Locale locale) {
        this.t = t;
        this.labels = labels;
        this.locale = locale;
    }

    /** The header line naming the period and its days. */
    String period(ReportingPeriod period) {
        return t.get("quarterly.meta.period", Periods.label(period, locale), labels.date(Periods.start(period)),
                labels.date(Periods.end(period)));
    }

    /** A dot and the word, so the light never depends on seeing colour. */
    String light(TaskLight light) {
        return "●" + light.light().label(locale);
    }

    String flags(TaskLight light) {
        List<String> names = new ArrayList<>();
        light.flags().forEach(f -> names.add(f.label(locale)));
        return String.join(t.chinese() ? "、" : ", ", names);
    }

    /** The task's supervision notices with status and due date, or the words for none. */
    String notices(Plan plan, KeyTask task) {
        List<String> notices = new ArrayList<>();
        for (SupervisionNotice notice : plan.getSupervisionNotices()) {
            if (notice.getTask() == task) {
                notices.add(t.get("quarterly.notice", notice.getNumber(),
                        NoticeLifecycle.label(notice.getStatus() == null ? NoticeStatus.ASSIGNED : notice.getStatus(),
                                locale),
                        notice.getDueDate() == null ? "—" : labels.date(PlanDates.toLocalDate(notice.getDueDate()).get())));
            }
        }
        return notices.isEmpty() ? t.get("quarterly.noNotice") : String.join("；", notices);
    }
}
