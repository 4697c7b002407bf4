package org.planstudio.merge.internal;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Whether one side changed an element "deeply" against the base: its values, its place, anything
 * contained in it, or a new reference to it or to something in it from anywhere on that side.
 * This is what makes a deletion on the other side a conflict.
 */
final class Changes {

    private final Version base;
    private final Version side;
    private final Map<EObject, String> signatures = new IdentityHashMap<>();
    private Set<String> newlyReferenced;

    Changes(Version base, Version side) {
        this.base = base;
        this.side = side;
    }

    boolean changedDeep(String id) {
        EObject before = base.get(id);
        EObject after = side.get(id);
        if (!signature(before).equals(signature(after)) || !base.place(id).equals(side.place(id))) {
            return true;
        }
        Set<String> referenced = newlyReferenced();
        return subtreeIds(before).stream().anyMatch(referenced::contains)
                || subtreeIds(after).stream().anyMatch(referenced::contains);
    }

    private Set<String> newlyReferenced() {
        if (newlyReferenced == null) {
            newlyReferenced = new HashSet<>();
            for (String id : side.ids()) {
                EObject element = side.get(id);
                for (EStructuralFeature feature : Model.features(element.eClass())) {
                    if (Model.isCrossReference(feature)) {
                        List<String> now = side.targets(id, (EReference) feature);
                        List<String> before = base.targets(id, (EReference) feature);
                        now.stream().filter(t -> !before.contains(t)).forEach(newlyReferenced::add);
                    }
                }
            }
        }
        return newlyReferenced;
    }

    private static Set<String> subtreeIds(EObject element) {
        Set<String> ids = new HashSet<>();
        if (element != null) {
            ids.add(EcoreUtil.getID(element));
            element.eAllContents().forEachRemaining(e -> {
                if (Model.isIdentified(e.eClass())) {
                    ids.add(EcoreUtil.getID(e));
                }
            });
        }
        return ids;
    }

    /** The element and everything it contains as one canonical string; references by target id. */
    private String signature(EObject element) {
        if (element == null) {
            return "";
        }
        String cached = signatures.get(element);
        if (cached != null) {
            return cached;
        }
        StringBuilder out = new StringBuilder(element.eClass().getName()).append('{');
        for (EStructuralFeature feature : Model.features(element.eClass())) {
            if (!element.eIsSet(feature)) {
                continue;
            }
            out.append(feature.getName()).append('=');
            if (feature instanceof EAttribute) {
                out.append(Objects.toString(Values.canonical(element.eGet(feature)))).append('\u0001');
            } else {
                EReference reference = (EReference) feature;
                for (EObject o : Model.objects(element, reference)) {
                    if (!reference.isContainment()) {
                        out.append('@').append(EcoreUtil.getID(o));
                    } else if (Model.isIdentified(o.eClass())) {
                        out.append('#').append(EcoreUtil.getID(o)).append(signature(o));
                    } else {
                        out.append(Values.signature(o));
                    }
                }
            }
            out.append(';');
        }
        String signature = out.append('}').toString();
        signatures.put(element, signature);
        return signature;
    }
}
