package org.planstudio.authoring.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.text.PlanDates;

/**
 * What a new element starts with, so that it is valid at once and the editor's fields have
 * something to type into: a fresh id, an empty text in every text slot, the plan's end year as
 * deadline and target year, and for a task the task area's domain.
 */
public final class NewElementDefaults {

    private NewElementDefaults() {
    }

    /** Fills in the element about to be added to {@code owner}; the number comes from renumbering. */
    public static void apply(EObject element, EObject owner) {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(owner, "owner");
        if (element instanceof Identified identified) {
            identified.setId(Ids.newId());
        }
        for (EReference reference : element.eClass().getEAllContainments()) {
            if (!reference.isMany() && reference.getEReferenceType() == PlanPackage.Literals.LOCALIZED_TEXT
                    && element.eGet(reference) == null) {
                element.eSet(reference, PlanFactory.eINSTANCE.createLocalizedText());
            }
        }
        Optional<Plan> plan = planOf(owner);
        int endYear = plan.map(Plan::getEndYear).orElse(0);
        if (element instanceof KeyTask task) {
            if (endYear > 0) {
                task.setDeadline(PlanDates.toDate(LocalDate.of(endYear, 12, 31)));
            }
            if (owner instanceof TaskArea area) {
                areaDomain(area).ifPresent(task::setDomainId);
            }
        } else if (element instanceof Goal goal && endYear > 0) {
            goal.setTargetYear(endYear);
        } else if (element instanceof Indicator indicator && endYear > 0) {
            indicator.setTargetYear(endYear);
            indicator.setBaselineYear(plan.get().getStartYear() > 0 ? plan.get().getStartYear() - 1 : 0);
        } else if (element instanceof Country country && country.getCode() == null) {
            country.setCode("");
        }
    }

    /** The domain all of the area's tasks share, if they share one. */
    static Optional<String> areaDomain(TaskArea area) {
        List<String> domains = area.getTasks().stream().map(KeyTask::getDomainId).distinct().toList();
        return domains.size() == 1 ? Optional.ofNullable(domains.get(0)) : Optional.empty();
    }

    public static Optional<Plan> planOf(EObject element) {
        return EcoreUtil.getRootContainer(element) instanceof Plan plan ? Optional.of(plan) : Optional.empty();
    }
}
