package org.planstudio.ui.supervision;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.NoticeStatus;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.SupervisionNotice;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.text.PlanDates;
import org.planstudio.supervision.Light;
import org.planstudio.supervision.NoticeLifecycle;
import org.planstudio.supervision.TaskLight;
import org.planstudio.ui.internal.ModelLabels;

/** One task in the Supervision view: its light and what is open about it. */
public record Row(TaskLight light, Optional<TaskArea> area, Optional<SupervisionNotice> notice) {

    public Row {
        Objects.requireNonNull(light, "light");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(notice, "notice");
    }

    static Row of(Plan plan, TaskLight light) {
        KeyTask task = light.task();
        Optional<SupervisionNotice> open = Optional.empty();
        for (SupervisionNotice notice : plan.getSupervisionNotices()) {
            if (notice.getTask() == task && notice.getStatus() != NoticeStatus.CLOSED) {
                open = Optional.of(notice);
            }
        }
        return new Row(light, Optional.ofNullable(task.eContainer() instanceof TaskArea a ? a : null), open);
    }

    KeyTask task() {
        return light.task();
    }

    /** A dot and the word, so that the light never depends on seeing colour. */
    String lightText() {
        return "\u25cf " + light.light().label(Locale.getDefault());
    }

    Light lightValue() {
        return light.light();
    }

    String taskText() {
        return ModelLabels.element(task());
    }

    String areaText() {
        return area.map(ModelLabels::element).orElse("");
    }

    String unitsText() {
        return task().getLeadUnits().stream().map(ModelLabels::element).collect(Collectors.joining("、"));
    }

    String deadlineText() {
        String deadline = task().getDeadline() == null ? "" : PlanDates.format(task().getDeadline());
        if (task().getOriginalDeadline() != null) {
            return NLS.bind(Messages.Deadline_extended, deadline, PlanDates.format(task().getOriginalDeadline()));
        }
        return deadline;
    }

    String flagsText() {
        if (light.closedOut()) {
            return Messages.Closed_out;
        }
        return light.flags().stream().map(f -> f.label(Locale.getDefault())).collect(Collectors.joining("、"));
    }

    String percentText() {
        return light.reportedPercent().map(p -> p + "%").orElse("");
    }

    String expectedText() {
        return light.expectedPercent().map(p -> p.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%")
                .orElse("");
    }

    String updateText() {
        return light.update().map(u -> ModelLabels.literal(PlanPackage.Literals.UPDATE_STATUS.getEEnumLiteral(u.getStatus().getValue()))).orElse(Messages.Update_none);
    }

    String contributionsText() {
        return light.update().map(u -> Contributions.text(u, "；")).orElse("");
    }

    String noticeText() {
        return notice.map(n -> n.getNumber() + " " + NoticeLifecycle.label(n.getStatus(), Locale.getDefault()))
                .orElse("");
    }
}
