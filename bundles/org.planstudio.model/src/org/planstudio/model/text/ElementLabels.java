package org.planstudio.model.text;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanPackage;

/**
 * The text a person reads for a plan element, in one language: its title or name, numbered
 * where the plan numbers it ("3. …"). Shared by the workbench and the reports so both call an
 * element the same.
 */
public final class ElementLabels {

    private static final String[] NAME_FEATURES = { "title", "name" };

    private ElementLabels() {
    }

    public static String text(EObject element, Locale locale) {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(locale, "locale");
        String name = name(element, locale);
        EStructuralFeature number = element.eClass().getEStructuralFeature("number");
        if (number != null && number.getEType() == org.eclipse.emf.ecore.EcorePackage.Literals.EINT
                && element.eIsSet(number)) {
            return element.eGet(number) + ". " + name;
        }
        return name;
    }

    private static String name(EObject element, Locale locale) {
        if (element instanceof Country country && country.getName() == null) {
            return country.getCode();
        }
        for (String featureName : NAME_FEATURES) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
            if (feature instanceof EReference reference
                    && reference.getEReferenceType() == PlanPackage.Literals.LOCALIZED_TEXT) {
                String label = Texts.label((LocalizedText) element.eGet(reference), locale);
                if (!label.isBlank()) {
                    return label;
                }
            }
        }
        if (hasNameFeature(element)) {
            // A new element nobody has named yet: its id (a UUID) means nothing to a reader.
            return untitled(locale);
        }
        if (element instanceof Identified identified && identified.getId() != null) {
            return identified.getId();
        }
        return element.eClass().getName();
    }

    private static boolean hasNameFeature(EObject element) {
        for (String featureName : NAME_FEATURES) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
            if (feature != null && feature.getEType() != null
                    && (feature.getEType() == PlanPackage.Literals.LOCALIZED_TEXT
                            || feature.getEType().getInstanceClass() == String.class)) {
                return true;
            }
        }
        return false;
    }

    private static String untitled(Locale locale) {
        // No fallback to the default locale: an English report must stay English on a Chinese desktop.
        ResourceBundle messages = ResourceBundle.getBundle(ElementLabels.class.getPackageName() + ".messages", locale,
                ElementLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return messages.getString("untitled");
    }
}
