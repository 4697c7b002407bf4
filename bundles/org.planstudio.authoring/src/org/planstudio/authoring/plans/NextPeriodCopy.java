package org.planstudio.authoring.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.PlanDates;

/**
 * The draft of the next period's plan, started as a copy of a plan: its structure, texts,
 * organisations, partner countries and the trace links among them are kept; every element gets
 * a new id, so the two plans never share an element. Left out, because they belong to the
 * period that ends and would be counted twice: the registries (platforms, projects, entities,
 * experts the old plan produced, which its indicators count) and the drafting record
 * (consultations and their comments on the old draft), with the trace links that touch them.
 */
public final class NextPeriodCopy {

    /** The copy and what was left out of it, for the person to read. */
    public record Result(Plan plan, int registryItemsLeftOut, int consultationsLeftOut, int linksLeftOut) {

        public Result {
            Objects.requireNonNull(plan, "plan");
        }
    }

    private static final PlanPackage P = PlanPackage.eINSTANCE;
    private static final Set<EReference> LEFT_OUT = Set.of(P.getPlan_Platforms(), P.getPlan_JointProjects(),
            P.getPlan_InnovationEntities(), P.getPlan_Experts(), P.getPlan_Consultations());

    private NextPeriodCopy() {
    }

    /** Copies {@code source} (which is not changed) under {@code settings}. */
    public static Result copy(Plan source, PlanSettings settings) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(settings, "settings");
        // No original references: a reference to a left-out element stays empty instead of
        // pointing into the old plan.
        @SuppressWarnings("serial")
        EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false) {
            @Override
            protected void copyContainment(EReference reference, EObject object, EObject copy) {
                if (!LEFT_OUT.contains(reference)) {
                    super.copyContainment(reference, object, copy);
                }
            }
        };
        Plan plan = (Plan) copier.copy(source);
        copier.copyReferences();
        int links = dropDanglingLinks(plan);

        renewIds(plan);
        plan.setId(settings.id());
        plan.setDerivedFromPlanId(source.getId());
        Identity.apply(plan, settings);
        // A new draft has no document number or issue date of its own yet.
        plan.setDocumentNumber(null);
        plan.setIssueDate(null);
        startPeriod(plan, source, settings);

        int items = source.getPlatforms().size() + source.getJointProjects().size()
                + source.getInnovationEntities().size() + source.getExperts().size();
        return new Result(plan, items, source.getConsultations().size(), links);
    }

    private static int dropDanglingLinks(Plan plan) {
        int dropped = 0;
        for (Iterator<TraceLink> links = plan.getTraceLinks().iterator(); links.hasNext();) {
            TraceLink link = links.next();
            if (link.getSource() == null || link.getTarget() == null) {
                links.remove();
                dropped++;
            }
        }
        return dropped;
    }

    private static void renewIds(Plan plan) {
        List<Identified> all = new ArrayList<>();
        for (TreeIterator<EObject> contents = plan.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Identified element) {
                all.add(element);
            }
        }
        // References are object references, so they follow the elements to their new ids.
        all.forEach(element -> element.setId(Ids.newId()));
    }

    /** Moves the period's years and deadlines to the new period; work starts again. */
    private static void startPeriod(Plan plan, Plan source, PlanSettings settings) {
        YearShift shift = new YearShift(source.getStartYear(), source.getEndYear(), settings.startYear(),
                settings.endYear());
        for (Goal goal : plan.getGoals()) {
            goal.setTargetYear(shift.year(goal.getTargetYear()));
            for (Indicator indicator : goal.getIndicators()) {
                indicator.setTargetYear(shift.year(indicator.getTargetYear()));
            }
        }
        plan.getTaskAreas().stream().flatMap(area -> area.getTasks().stream()).forEach(task -> {
            task.setStatus(TaskStatus.NOT_STARTED);
            shiftDeadline(task, shift);
        });
        plan.getTraceLinks().forEach(link -> link.setSuspect(false));
    }

    private static void shiftDeadline(KeyTask task, YearShift shift) {
        PlanDates.toLocalDate(task.getDeadline()).ifPresent(day -> {
            int year = shift.year(day.getYear());
            // 29 February moves to 28 February in a common year.
            LocalDate moved = day.withDayOfMonth(1).withYear(year)
                    .withDayOfMonth(Math.min(day.getDayOfMonth(), day.withYear(year).lengthOfMonth()));
            task.setDeadline(PlanDates.toDate(moved));
        });
    }

    /** The old period's end year becomes the new end year; other years move by the start years' distance. */
    private record YearShift(int oldStart, int oldEnd, int newStart, int newEnd) {

        int year(int year) {
            if (year <= 0 || oldStart <= 0) {
                return year;
            }
            return year == oldEnd ? newEnd : year + (newStart - oldStart);
        }
    }
}
