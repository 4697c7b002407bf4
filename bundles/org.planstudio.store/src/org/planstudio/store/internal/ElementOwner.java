package org.planstudio.store.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.ProgressUpdate;

/**
 * The columns PLAN_ELEMENT keeps so that PostgreSQL's row-level security can tell a division's
 * rows without decoding the element's data: the task an element belongs to (a task itself, a
 * progress update of it and what the update contains) and a task's lead and supporting units as
 * {@code |id|id|}. Null where nothing applies, which also keeps rows written before data format 6
 * (columns null) at their old fingerprints.
 */
record ElementOwner(String task, String leadUnits, String supportUnits) {

    static final ElementOwner NONE = new ElementOwner(null, null, null);

    static ElementOwner of(EObject element) {
        if (element instanceof KeyTask task) {
            return new ElementOwner(task.getId(), units(task.getLeadUnits()), units(task.getSupportingUnits()));
        }
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof ProgressUpdate update) {
                return update.getTask() == null ? NONE : new ElementOwner(update.getTask().getId(), null, null);
            }
        }
        return NONE;
    }

    boolean isNone() {
        return task == null && leadUnits == null && supportUnits == null;
    }

    private static String units(List<Organization> units) {
        if (units.isEmpty()) {
            return null;
        }
        String ids = units.stream().map(Organization::getId).collect(Collectors.joining("|", "|", "|"));
        // Wider than the column: keep it null, so that the database refuses division editors rather than cut ids.
        return ids.length() > 4000 ? null : ids;
    }
}
