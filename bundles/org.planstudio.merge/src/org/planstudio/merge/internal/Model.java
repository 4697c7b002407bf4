package org.planstudio.merge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Reflective questions about the Ecore model that the merge asks everywhere. */
final class Model {

    private Model() {
    }

    /** Elements with an ID attribute are merged by identity; everything else is a value inside one. */
    static boolean isIdentified(EClass eClass) {
        return eClass.getEIDAttribute() != null;
    }

    /** Features that are part of the stored plan (derived or transient ones are computed, not merged). */
    static List<EStructuralFeature> features(EClass eClass) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (!feature.isDerived() && !feature.isTransient() && feature.isChangeable()
                    && feature != eClass.getEIDAttribute()) {
                features.add(feature);
            }
        }
        return features;
    }

    static boolean holdsIdentified(EStructuralFeature feature) {
        return feature instanceof EReference reference && reference.isContainment()
                && isIdentified(reference.getEReferenceType());
    }

    static boolean isCrossReference(EStructuralFeature feature) {
        return feature instanceof EReference reference && !reference.isContainment() && !reference.isContainer();
    }

    /** The attribute that keys the items of a list of values (a translation's language), if the type has one. */
    static Optional<EAttribute> keyOf(EClass itemClass) {
        return itemClass.getEAllAttributes().stream()
                .filter(a -> a.getLowerBound() >= 1 && !a.isMany()
                        && a.getEAttributeType().getInstanceClass() == String.class)
                .findFirst();
    }

    static List<EObject> objects(EObject owner, EStructuralFeature feature) {
        List<EObject> objects = new ArrayList<>();
        Object value = owner.eGet(feature);
        if (feature.isMany()) {
            for (Object o : (List<?>) value) {
                objects.add((EObject) o);
            }
        } else if (value != null) {
            objects.add((EObject) value);
        }
        return objects;
    }
}
