package org.planstudio.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Helpers for a multi-selection of model elements. */
public final class Selections {

    private Selections() {
    }

    /**
     * The selected elements without those inside another selected one (deleting or copying an
     * area already takes its tasks), in document order.
     */
    public static List<EObject> outermost(Collection<?> selection) {
        Set<EObject> chosen = new LinkedHashSet<>();
        for (Object object : selection) {
            if (object instanceof EObject element) {
                chosen.add(element);
            }
        }
        List<EObject> result = new ArrayList<>();
        for (EObject element : chosen) {
            boolean inside = false;
            for (EObject other : chosen) {
                if (other != element && EcoreUtil.isAncestor(other, element)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                result.add(element);
            }
        }
        result.sort(Selections::documentOrder);
        return result;
    }

    /** Compares two elements of one tree by their position in it. */
    static int documentOrder(EObject a, EObject b) {
        List<Integer> pa = path(a);
        List<Integer> pb = path(b);
        for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
            int c = Integer.compare(pa.get(i), pb.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.size(), pb.size());
    }

    private static List<Integer> path(EObject element) {
        List<Integer> path = new ArrayList<>();
        for (EObject e = element; e.eContainer() != null; e = e.eContainer()) {
            EObject container = e.eContainer();
            path.add(0, container.eContents().indexOf(e));
        }
        return path;
    }
}
