package org.planstudio.ui.internal;

import java.util.Locale;
import java.util.MissingResourceException;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.planstudio.model.plan.provider.PlanEditPlugin;
import org.planstudio.model.text.ElementLabels;

/**
 * Names of model types, features and enum literals in the user's language, as the edit bundle's
 * plugin.properties (and its Chinese translation) give them.
 */
public final class ModelLabels {

    private ModelLabels() {
    }

    public static String element(EObject element) {
        return ElementLabels.text(element, Locale.getDefault());
    }

    public static String type(EClass eClass) {
        return lookup("_UI_" + eClass.getName() + "_type", eClass.getName());
    }

    public static String feature(EStructuralFeature feature) {
        EClass owner = feature.getEContainingClass();
        return lookup("_UI_" + owner.getName() + "_" + feature.getName() + "_feature", feature.getName());
    }

    public static String literal(EEnumLiteral literal) {
        return lookup("_UI_" + literal.getEEnum().getName() + "_" + literal.getName() + "_literal", literal.getLiteral());
    }

    private static String lookup(String key, String fallback) {
        try {
            return PlanEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
