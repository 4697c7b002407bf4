package org.planstudio.authoring;

import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** One kind of element that can be added at a place: which owner, which list, which type. */
public record NewChild(EObject owner, EReference feature, EClass kind) {

    public NewChild {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(kind, "kind");
    }
}
