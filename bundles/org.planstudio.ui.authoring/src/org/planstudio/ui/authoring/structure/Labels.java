package org.planstudio.ui.authoring.structure;

import java.util.Locale;
import java.util.MissingResourceException;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.planstudio.model.plan.provider.PlanEditPlugin;
import org.planstudio.model.text.ElementLabels;

/** Element and type names in the user's language, from the model and its edit bundle. */
final class Labels {

    private Labels() {
    }

    static String element(EObject element) {
        String text = ElementLabels.text(element, Locale.getDefault());
        return text.isBlank() ? type(element.eClass()) : text;
    }

    static String type(EClass eClass) {
        return lookup("_UI_" + eClass.getName() + "_type", eClass.getName());
    }

    static String feature(EStructuralFeature feature) {
        return lookup("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature", feature.getName());
    }

    private static String lookup(String key, String fallback) {
        try {
            return PlanEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
