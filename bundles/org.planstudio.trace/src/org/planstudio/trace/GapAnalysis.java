package org.planstudio.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.trace.internal.Registries;
import org.planstudio.trace.internal.WellFormedLinks;

/**
 * Finds what is missing or inconsistent in a plan's traceability. Findings come kind by kind (in
 * {@link GapKind} order), each kind in plan order. Only well-formed links count as serving,
 * supporting or implementing: a link of the wrong kind is reported and otherwise ignored.
 * Cancelled tasks and cancelled items are neither expected to link nor credited for linking.
 */
public final class GapAnalysis {

    private GapAnalysis() {
    }

    public static List<Gap> analyse(Plan plan, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        return analyse(plan, ProgressCalculator.compute(plan, asOf));
    }

    /** With progress already computed for the plan (the same {@code asOf}), so it is not computed twice. */
    public static List<Gap> analyse(Plan plan, List<IndicatorProgress> progress) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(progress, "progress");
        WellFormedLinks links = new WellFormedLinks(plan);
        List<KeyTask> tasks = PlanQueries.tasks(plan).stream().filter(t -> t.getStatus() != TaskStatus.CANCELLED)
                .toList();
        List<Gap> gaps = new ArrayList<>();
        for (Goal goal : plan.getGoals()) {
            for (Indicator indicator : goal.getIndicators()) {
                if (links.sources(TraceKind.CONTRIBUTES_TO, indicator).stream().noneMatch(GapAnalysis::active)) {
                    gaps.add(new Gap(GapKind.INDICATOR_UNSERVED, indicator));
                }
            }
        }
        tasks.stream().filter(task -> task.getLeadUnits().isEmpty())
                .forEach(task -> gaps.add(new Gap(GapKind.TASK_WITHOUT_LEAD, task)));
        tasks.stream().filter(task -> links.targets(TraceKind.CONTRIBUTES_TO, task).isEmpty())
                .forEach(task -> gaps.add(new Gap(GapKind.TASK_SERVES_NO_INDICATOR, task)));
        for (Safeguard safeguard : plan.getSafeguards()) {
            if (links.targets(TraceKind.SUPPORTS, safeguard).isEmpty()) {
                gaps.add(new Gap(GapKind.SAFEGUARD_SUPPORTS_NOTHING, safeguard));
            }
        }
        for (List<? extends RegistryItem> registry : Registries.all(plan)) {
            for (RegistryItem item : registry) {
                if (item.getStatus() != ItemStatus.CANCELLED && links.targets(TraceKind.IMPLEMENTS, item).isEmpty()) {
                    gaps.add(new Gap(GapKind.ITEM_IMPLEMENTS_NO_TASK, item));
                }
            }
        }
        for (IndicatorProgress p : progress) {
            if (p.behindTarget().orElse(false)) {
                gaps.add(new Gap(GapKind.TARGET_UNREACHABLE, p.indicator(), GapKind.TARGET_UNREACHABLE.severity(),
                        Optional.of(p)));
            }
        }
        for (TraceLink link : plan.getTraceLinks()) {
            if (link.isSuspect()) {
                gaps.add(new Gap(GapKind.SUSPECT_LINK, link));
            }
        }
        links.malformed().forEach(link -> gaps.add(new Gap(GapKind.LINK_KIND_MISMATCH, link)));
        return List.copyOf(gaps);
    }

    private static boolean active(Identified task) {
        return task instanceof KeyTask keyTask && keyTask.getStatus() != TaskStatus.CANCELLED;
    }
}
