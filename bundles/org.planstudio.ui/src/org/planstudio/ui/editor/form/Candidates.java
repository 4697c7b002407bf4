package org.planstudio.ui.editor.form;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.planstudio.model.plan.Plan;

/** The elements of a plan a reference may point to: every contained element of the right type. */
final class Candidates {

    private Candidates() {
    }

    static List<EObject> of(Plan plan, EClass type) {
        List<EObject> result = new ArrayList<>();
        for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            EObject candidate = it.next();
            if (type.isInstance(candidate)) {
                result.add(candidate);
            }
        }
        return result;
    }
}
