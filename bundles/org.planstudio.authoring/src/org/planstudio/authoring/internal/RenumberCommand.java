package org.planstudio.authoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TaskArea;

/**
 * Makes the numbers follow the order: tasks (序号) count through the whole plan, areas,
 * principles, safeguards and considerations within their list. Runs as the last step of a
 * structure command, so undoing that command gives the old numbers back. The changes are found
 * when it executes, because only then is the new order known.
 */
public final class RenumberCommand extends AbstractCommand {

    private record Change(EObject element, EAttribute attribute, int before, int after) {
    }

    private final Plan plan;
    private final List<Change> changes = new ArrayList<>();

    public RenumberCommand(Plan plan) {
        super("Renumber");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        changes.clear();
        int task = 0;
        for (TaskArea area : plan.getTaskAreas()) {
            for (KeyTask keyTask : area.getTasks()) {
                number(keyTask, PlanPackage.Literals.KEY_TASK__NUMBER, ++task);
            }
        }
        numberList(plan.getTaskAreas(), PlanPackage.Literals.TASK_AREA__NUMBER);
        numberList(plan.getPrinciples(), PlanPackage.Literals.PRINCIPLE__NUMBER);
        numberList(plan.getSafeguards(), PlanPackage.Literals.SAFEGUARD__NUMBER);
        numberList(plan.getConsiderations(), PlanPackage.Literals.CONSIDERATION__NUMBER);
        redo();
    }

    private void numberList(List<? extends EObject> elements, EAttribute attribute) {
        for (int i = 0; i < elements.size(); i++) {
            number(elements.get(i), attribute, i + 1);
        }
    }

    private void number(EObject element, EAttribute attribute, int wanted) {
        int current = (Integer) element.eGet(attribute);
        if (current != wanted) {
            changes.add(new Change(element, attribute, current, wanted));
        }
    }

    @Override
    public void redo() {
        changes.forEach(c -> c.element().eSet(c.attribute(), c.after()));
    }

    @Override
    public void undo() {
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change c = changes.get(i);
            c.element().eSet(c.attribute(), c.before());
        }
    }

}
