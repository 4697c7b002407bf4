package org.planstudio.compare.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.planstudio.model.plan.provider.PlanEditPlugin;

/**
 * Names of classes, features and enumeration literals as the editor shows them: the labels of the
 * generated item providers ({@code org.planstudio.model.edit}, in English and Chinese), read for a given
 * locale rather than the default one, so a comparison and its report call a field what the form calls it.
 */
final class ModelNames {

    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle labels;

    ModelNames(Locale locale) {
        ResourceBundle found;
        try {
            found = ResourceBundle.getBundle("OSGI-INF.l10n.bundle", locale, PlanEditPlugin.class.getClassLoader(),
                    CONTROL);
        } catch (MissingResourceException e) {
            found = null;
        }
        this.labels = found;
    }

    String type(EClass eClass) {
        return get("_UI_" + eClass.getName() + "_type").orElse(eClass.getName());
    }

    String feature(EStructuralFeature feature) {
        return get("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature")
                .orElse(feature.getName());
    }

    String literal(EEnum type, String literal) {
        return get("_UI_" + type.getName() + "_" + literal + "_literal").orElse(literal);
    }

    private Optional<String> get(String key) {
        if (labels == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(labels.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
